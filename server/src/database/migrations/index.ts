import { Foundation1795309526896 } from './1795309526896-Foundation';
import { DoubleReporting1795311528211 } from './1795311528211-DoubleReporting';
import { WishWall1795312142267 } from './1795312142267-WishWall';
import { WishRules1795314807469 } from './1795314807469-WishRules';
import { PioneerPosts1795314900868 } from './1795314900868-PioneerPosts';
import { Deliberation1795322220774 } from './1795322220774-Deliberation';
import { Workbench1795328576975 } from './1795328576975-Workbench';
import { PointsBalances1796190169409 } from './1796190169409-PointsBalances';
import { HeldComments1796300000000 } from './1796300000000-HeldComments';
import { PhotoThumbnails1796689918770 } from './1796689918770-PhotoThumbnails';
import { IdempotencyKeys1796690216487 } from './1796690216487-IdempotencyKeys';
import { PaperVotes1796700000000 } from './1796700000000-PaperVotes';
import { Register1796800000000 } from './1796800000000-Register';
import { QueueWaitingOrder1796900000000 } from './1796900000000-QueueWaitingOrder';
import { Onboarding1797000000000 } from './1797000000000-Onboarding';
import { Households1797100000000 } from './1797100000000-Households';
import { PrivacyRights1797200000000 } from './1797200000000-PrivacyRights';
import { PrivacyConsent1797300000000 } from './1797300000000-PrivacyConsent';
import { GaleraGuards1797400000000 } from './1797400000000-GaleraGuards';
import { ConsentWithdrawal1797500000000 } from './1797500000000-ConsentWithdrawal';
import { ShiftShortCodes1797510000000 } from './1797510000000-ShiftShortCodes';
import { PlaceGuards1797600000000 } from './1797600000000-PlaceGuards';

/** Every MySQL migration, oldest first. Add new ones here (pnpm migration:generate prints the name). */
export const MIGRATIONS = [
  Foundation1795309526896,
  DoubleReporting1795311528211,
  WishWall1795312142267,
  WishRules1795314807469,
  PioneerPosts1795314900868,
  Deliberation1795322220774,
  Workbench1795328576975,
  PointsBalances1796190169409,
  HeldComments1796300000000,
  PhotoThumbnails1796689918770,
  IdempotencyKeys1796690216487,
  PaperVotes1796700000000,
  Register1796800000000,
  QueueWaitingOrder1796900000000,
  Onboarding1797000000000,
  Households1797100000000,
  PrivacyRights1797200000000,
  PrivacyConsent1797300000000,
  GaleraGuards1797400000000,
  ConsentWithdrawal1797500000000,
  ShiftShortCodes1797510000000,
  PlaceGuards1797600000000,
];
