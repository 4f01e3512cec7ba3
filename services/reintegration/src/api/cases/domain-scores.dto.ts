import { PartialType } from '@nestjs/swagger';
import { DOMAIN_SCORE_MAX, DOMAIN_SCORE_MIN } from '@setu/contracts';
import { IntField } from '@setu/service-kit';

const score = (domain: string, example: number) =>
  IntField({ description: `${domain}: 1 in crisis, 2 vulnerable, 3 stable, 4 thriving`, example, min: DOMAIN_SCORE_MIN, max: DOMAIN_SCORE_MAX });

/** A score in each of the six domains (services/reintegration/README.md defines the scale). */
export class DomainScoresDto {
  @score('safety and protection', 2)
  safety_protection!: number;

  @score('physical and mental health', 3)
  physical_mental_health!: number;

  @score('education and skills', 2)
  education_skills!: number;

  @score('livelihood and economic', 1)
  livelihood_economic!: number;

  @score('legal and justice', 2)
  legal_justice!: number;

  @score('social acceptance and empowerment', 3)
  social_acceptance_empowerment!: number;
}

/** Scores in some of the six domains. */
export class SomeDomainScoresDto extends PartialType(DomainScoresDto) {}
