import { z } from 'zod';

/** The largest row id PostgreSQL's int4 holds: a larger number would make the query fail with a 500. */
const INT4_MAX = 2_147_483_647;

/** A row id in a JSON body. */
export const idSchema = z.number().int().positive().max(INT4_MAX);
/** The same id from a form field, a query string or an address segment. */
export const idParam = z.coerce.number().int().positive().max(INT4_MAX);
