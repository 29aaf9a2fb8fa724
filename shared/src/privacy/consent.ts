import { SensitiveKind } from './sensitive-info';

/** What a consent record is about: the documents, a wish's sensitive information, location at check-in. */
export enum ConsentKind {
  Policy = 'policy',
  SensitiveHealth = 'sensitive_health',
  SensitiveMinor = 'sensitive_minor',
  Location = 'location',
}

export const CONSENT_KIND_OF_SENSITIVE: Record<SensitiveKind, ConsentKind> = {
  [SensitiveKind.Health]: ConsentKind.SensitiveHealth,
  [SensitiveKind.Minor]: ConsentKind.SensitiveMinor,
};

/** GET /privacy/consent: whether the app must ask before anything but the public pages. */
export interface ConsentStatusView {
  currentVersion: string;
  /** The newest version this person agreed to, or null. */
  agreedVersion: string | null;
  agreedAt: string | null;
  /** True when the current version is not agreed to: only public pages until it is. */
  required: boolean;
  /** Whether this person agreed to location use at check-in (under any version). */
  location: boolean;
}
