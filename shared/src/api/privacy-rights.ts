/** Why someone read another person's private data; shown to the secretary and to the person concerned. */
export enum PrivateDataKind {
  /** A claimer read a wish's delivery details (beneficiary's name, phone, flat). */
  WishContact = 'wish_contact',
  /** A secretary downloaded the filled register (names and phones of a community). */
  RegisterDownload = 'register_download',
  /** A grid worker or secretary acted on a resident's data at their request (注销 for an offline resident). */
  ResidentRequest = 'resident_request',
}

export const PRIVATE_DATA_KIND_LABELS: Record<PrivateDataKind, string> = {
  [PrivateDataKind.WishContact]: '查看心愿联系方式（送达）',
  [PrivateDataKind.RegisterDownload]: '下载社区台账',
  [PrivateDataKind.ResidentRequest]: '应居民请求代为办理',
};

/** One read of private data, as the secretary reviews it. */
export interface PrivateDataAccessView {
  id: string;
  at: string;
  viewerId: string;
  viewerName: string;
  /** Null when the read covered a whole place (the register). */
  subjectName: string | null;
  kind: PrivateDataKind;
  kindLabel: string;
  purpose: string;
}

/** Who read my contact details: the person concerned sees the viewer's masked name and why. */
export interface MyDataAccessView {
  at: string;
  viewerName: string;
  kind: PrivateDataKind;
  kindLabel: string;
  purpose: string;
}

/**
 * Everything the product holds about me (PIPL Art. 45): every table that references me, my own
 * rows in full, other people only by masked name. Secret ballots carry that I took part, never how.
 */
export interface MyDataExport {
  exportedAt: string;
  profile: Record<string, unknown>;
  sections: Record<string, Record<string, unknown>[]>;
}

export interface AccountDeletionView {
  userId: string;
  deletedAt: string;
  /** What was kept without my identity so others' records stay true. */
  kept: string[];
}
