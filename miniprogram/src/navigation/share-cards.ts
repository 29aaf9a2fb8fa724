import type { Ballot, Post, Topic, WishPublic } from '@/services/api-types';
import type { ShareCard } from './share';
import { ROUTES, withQuery } from './routes';

/** Each shareable item's card, from its public fields only (see ShareCard). */
export const wishShareCard = (wish: WishPublic): ShareCard => ({
  title: `微心愿 · ${wish.title}（${wish.beneficiaryMasked}）`,
  path: withQuery(ROUTES.wishDetail, { id: wish.id }),
});

/** A post, opened on one of its shifts when one is in focus. */
export const postShareCard = (post: Post, shiftId?: string): ShareCard => ({
  title: `先锋岗 · ${post.title}`,
  path: withQuery(ROUTES.postDetail, shiftId ? { id: post.id, shift: shiftId } : { id: post.id }),
});

export const topicShareCard = (topic: Topic): ShareCard => ({
  title: `邻里议事 · ${topic.title}`,
  path: withQuery(ROUTES.topicDetail, { id: topic.id }),
});

export const ballotShareCard = (ballot: Ballot): ShareCard => ({
  title: `请来表决 · ${ballot.title}`,
  path: withQuery(ROUTES.ballotDetail, { id: ballot.id }),
});
