/** The longest comment: a constant of its own so the comment form (a reader island) loads no zod. */
export const COMMENT_BODY_MAX = 2000;
