import { Type } from '@sinclair/typebox';
import { Age, AgencyKind, DateTime, DistrictCode, PiiText, Text, Uuid, oneOf } from '../rescue/rescue.schemas';
import { DOMAIN_SCORE_MAX, DOMAIN_SCORE_MIN, REINTEGRATION_DOMAINS } from './reintegration.vocabulary';

// Schema fragments shared by the reintegration events; the generic ones are the rescue context's.
export { Age, AgencyKind, DateTime, DistrictCode, PiiText, Text, Uuid, oneOf };

export const CaseId = Uuid('the child\'s case (opened by the rescue or the reintegration service)');
export const BatchId = Uuid('the repatriation batch (stream batch-<batchId>)');

export const BiharDistrict = (description: string) =>
  Type.String({ pattern: '^BR-[A-Z]{3}$', description: `${description} (reference districts of Bihar, e.g. BR-GAY)` });

export const Rupees = (description: string) => Type.Integer({ minimum: 0, description: `${description} (whole rupees)` });

export const Summary = (description: string) => Type.Optional(PiiText(`${description}; free text can identify the child`));

const Score = (domain: string) =>
  Type.Integer({ minimum: DOMAIN_SCORE_MIN, maximum: DOMAIN_SCORE_MAX, description: `${domain}: 1 in crisis, 2 vulnerable, 3 stable, 4 thriving` });

const scores = {
  safety_protection: Score('safety and protection'),
  physical_mental_health: Score('physical and mental health'),
  education_skills: Score('education and skills'),
  livelihood_economic: Score('livelihood and economic'),
  legal_justice: Score('legal and justice'),
  social_acceptance_empowerment: Score('social acceptance and empowerment'),
} satisfies Record<(typeof REINTEGRATION_DOMAINS)[number], unknown>;

/** A score in each of the six domains. */
export const DomainScores = Type.Object(scores, { additionalProperties: false, description: 'a score (1 to 4) in each of the six domains' });

/** Scores in some of the six domains. */
export const SomeDomainScores = Type.Partial(DomainScores, { description: 'scores (1 to 4) in the domains assessed' });

/** The options of every reintegration event's data: it names all its fields. */
export const strict = (description: string) => ({ additionalProperties: false, description }) as const;

/** A name of the child as given, as in rescue.ChildIdentified, so that the same child can be matched. */
export const ChildName = Type.Object(
  {
    text: PiiText('the name as given, in the script it was written in'),
    script: Type.Optional(Type.String({ pattern: '^[A-Z][a-z]{3}$', description: 'ISO 15924 script code, e.g. Deva or Latn' })),
  },
  { description: 'a name of the child' },
);

export const Domains = (description: string) =>
  Type.Array(oneOf(REINTEGRATION_DOMAINS, { description: 'a domain' }), { uniqueItems: true, description });
