/** View types of residents joining themselves (扫码入户 / 申请入户), shared by the server DTOs and the mini-program. */

export enum JoinRequestStatus {
  Pending = 'pending',
  Approved = 'approved',
  Refused = 'refused',
}

/** What a QR code (or the picker) names: a building to pick a flat in, or one flat. Nothing private. */
export interface JoinPlaceView {
  communityId: string;
  communityName: string;
  buildingId: string;
  buildingName: string;
  /** Set when the code names one flat. */
  householdId: string | null;
  householdLabel: string | null;
  /** The building's flats by label, to pick from. */
  flats: { id: string; label: string }[];
}

export interface JoinRequestView {
  id: string;
  communityId: string;
  communityName: string;
  buildingName: string;
  householdId: string;
  householdLabel: string;
  name: string;
  /** Masked for the applicant's own view; in full for the grid worker and secretary who must call. */
  phone: string | null;
  phoneVerified: boolean;
  status: JoinRequestStatus;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/**
 * The answer to a join: `joined` when the name and the WeChat-verified phone matched the register
 * (the session is re-issued for the register's person: use the new token), `pending` when it waits for review.
 */
export interface JoinResultView {
  outcome: 'joined' | 'pending';
  /** Set when joined: the session of the register's person, who the caller now is. */
  token: string | null;
  expiresAt: string | null;
  request: JoinRequestView | null;
}
