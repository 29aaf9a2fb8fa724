import { CheckInMethod, PostKind, PostType, ShiftClaimStatus, ShiftStatus } from '../posts';
import { Skill } from '../reporting';
import { PlaceRef } from './identity';

/** Where the service happens; check-in by location must be within `radiusMetres` of the point. */
export interface PostPlaceView {
  address: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

/** A post as a card in the list: what, where, who published it. */
export interface PostSummaryView {
  id: string;
  community: PlaceRef;
  title: string;
  type: PostType;
  kind: PostKind;
  description: string;
  place: PostPlaceView;
  pointsPerHour: number;
  requiredSkills: Skill[];
  publisherName: string;
  /** Set when an approved unit (驻区单位) published the post through its contact. */
  publisherUnitName: string | null;
  createdAt: string;
}

/** The caller's own claim on a shift, if any. */
export interface MyShiftClaimRef {
  id: string;
  status: ShiftClaimStatus;
  /** 1 = next to be promoted. Only while waiting. */
  waitingPosition: number | null;
}

export interface ShiftView {
  id: string;
  postId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Seats taken (confirmed, checked in or out, completed, no-show). */
  taken: number;
  /** Members on the waiting list right now. */
  waiting: number;
  status: ShiftStatus;
  myClaim: MyShiftClaimRef | null;
}

/** A post with its shifts (a standing role has exactly one, its term). */
export interface PostView extends PostSummaryView {
  shifts: ShiftView[];
  /** The caller may edit it, add shifts and show the check-in code. */
  canManage: boolean;
}

/** One shift in the "by date" list, with the post it belongs to. */
export interface ShiftListItemView extends ShiftView {
  post: PostSummaryView;
}

/** A claim as the secretary's roster and the member's own list show it. */
export interface ShiftClaimView {
  id: string;
  shiftId: string;
  postId: string;
  memberId: string;
  memberName: string;
  status: ShiftClaimStatus;
  waitingPosition: number | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  checkInMethod: CheckInMethod | null;
  /** Minutes computed from check-in and check-out (capped at the shift), once checked out. */
  servedMinutes: number | null;
  /** Minutes the secretary confirmed; points = confirmedMinutes × pointsPerHour / 60, rounded down. */
  confirmedMinutes: number | null;
  points: number | null;
  /** Why the secretary adjusted the hours or removed the member. */
  note: string | null;
  createdAt: string;
}

/** The secretary's view of one shift: every claim, seat holders first, then the waiting list in order. */
export interface ShiftRosterView {
  shift: ShiftView;
  post: PostSummaryView;
  claims: ShiftClaimView[];
}

/** One of my claims with its shift and post, for 我的班次. */
export interface MyShiftView {
  claim: ShiftClaimView;
  shift: ShiftView;
  post: PostSummaryView;
}

/** The rotating code the secretary shows on site. */
export interface CheckInCodeView {
  shiftId: string;
  token: string;
  /** What the QR code encodes (scanned with Taro.scanCode). */
  qrContent: string;
  /** Six digits shown under the QR for typing (H5 has no scanner); rotates with the token, bound to this shift. */
  shortCode: string;
  /** After this the token is refused; fetch a new one every `rotateSeconds`. */
  expiresAt: string;
  rotateSeconds: number;
}

/** My confirmed service in a community. */
export interface ServiceHoursView {
  communityId: string;
  completedShifts: number;
  confirmedMinutes: number;
  points: number;
}
