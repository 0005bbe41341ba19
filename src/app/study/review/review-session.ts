/** A review session: the questions to go through, where the learner is, and whether the answer shows. */
export interface ReviewSession {
  /** What the session is made of: questions due now, or new questions in path order. */
  kind: 'due' | 'new';
  slugs: string[];
  index: number;
  revealed: boolean;
  /** Questions rated in this session. */
  rated: number;
}

export type ReviewAction =
  | { type: 'reveal' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'rated'; slug: string }
  | { type: 'start'; kind: ReviewSession['kind']; slugs: string[] };

export function startReviewSession(kind: ReviewSession['kind'], slugs: string[]): ReviewSession {
  return { kind, slugs, index: 0, revealed: false, rated: 0 };
}

/** The session after one action of the learner. Pure, so the page and the tests share it. */
export function applyReviewAction(session: ReviewSession, action: ReviewAction): ReviewSession {
  switch (action.type) {
    case 'start':
      return startReviewSession(action.kind, action.slugs);
    case 'reveal':
      return session.slugs.length === 0 ? session : { ...session, revealed: true };
    case 'move': {
      const index = session.index + action.by;
      if (index < 0 || index >= session.slugs.length) return session;
      return { ...session, index, revealed: false };
    }
    case 'rated': {
      const slugs = session.slugs.filter((slug) => slug !== action.slug);
      if (slugs.length === session.slugs.length) return session;
      return {
        ...session,
        slugs,
        index: Math.min(session.index, Math.max(0, slugs.length - 1)),
        revealed: false,
        rated: session.rated + 1,
      };
    }
  }
}
