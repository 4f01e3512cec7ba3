/** A command's data: the event's data without the date that the command's `occurredAt` carries. */
export type Fact<E extends { readonly data: object }, At extends keyof E['data']> = Omit<E['data'], At>;
