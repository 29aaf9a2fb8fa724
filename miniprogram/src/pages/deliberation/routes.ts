/**
 * Pages of 邻里议事 beyond the tab, in the subpackage packages/deliberation (keep in step with
 * app.config.ts). Kept here rather than in navigation/routes.ts: the tab and the subpackage both
 * open them.
 */
export const DELIBERATION_ROUTES = {
  topic: '/packages/deliberation/pages/topic/index',
  propose: '/packages/deliberation/pages/propose/index',
  mine: '/packages/deliberation/pages/mine/index',
  review: '/packages/deliberation/pages/review/index',
  ballot: '/packages/deliberation/pages/ballot/index',
  ballotForm: '/packages/deliberation/pages/ballot-form/index',
  votes: '/packages/deliberation/pages/votes/index',
  decision: '/packages/deliberation/pages/decision/index',
} as const;
