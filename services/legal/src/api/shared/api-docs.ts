import { concurrencyProblem, jurisdictionProblem, problem, validationProblem, type ProblemDoc } from '@setu/service-kit';

// The problems the legal endpoints answer, for the kit's CommandEndpoint and ViewEndpoint.

const MALFORMED = validationProblem('Malformed request (each bad field named); nothing was written', {
  field: 'heldAt',
  message: 'heldAt must not be in the future (more than 5 minutes ahead)',
});

const FORBIDDEN = jurisdictionProblem(
  'The token does not cover the state the record belongs to: a FIR\'s, the state of its police station; a child\'s, the state the case was opened in (the rescue\'s)',
);

const NOT_FOUND = problem(404, 'The FIR, case, accused, summons, appeal or claim in the path does not exist', {
  code: 'FIR_NOT_FOUND',
  detail: 'No FIR is registered with this id.',
});

const UNPROCESSABLE = problem(
  422,
  'Unknown section, district, case or FIR, or an impossible fact (an accused not on the FIR, a fact of the prosecution dated before the FIR was registered, a fact of a child\'s record dated before the child\'s rescue); nothing was written',
  {
    code: 'UNKNOWN_SECTION',
    detail: 'The request cites a section not in the catalogue.',
    errors: [{ field: 'sections[1]', message: 'sections[1] is not a code of the legal sections catalogue' }],
    see: '/reference/legal-sections',
  },
);

/** A command on an existing FIR or child's record: `If-Match` applies, so 409 too. */
export const COMMAND_PROBLEMS: readonly ProblemDoc[] = [MALFORMED, FORBIDDEN, NOT_FOUND, concurrencyProblem(), UNPROCESSABLE];

/** A command that opens its stream (`conditional: false`): no 409. */
export const OPENING_PROBLEMS: readonly ProblemDoc[] = [MALFORMED, FORBIDDEN, NOT_FOUND, UNPROCESSABLE];

/** A GET of a FIR, a child's record or a claim. */
export const VIEW_PROBLEMS: readonly ProblemDoc[] = [MALFORMED, FORBIDDEN, NOT_FOUND];

/** How the views describe their `ETag`. */
export const VIEW_ETAG = 'the stream\'s revision ("-1": a child\'s record with no legal fact yet)';
