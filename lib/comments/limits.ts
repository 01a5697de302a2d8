/**
 * The comment form's limits, shared by the server's schema (lib/comments/schema.ts) and the reader's
 * form. No zod here: the form is a client island and readers should not download a validation
 * library to count characters.
 */
export const COMMENT_BODY_MAX = 2000;
