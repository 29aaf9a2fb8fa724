import { PrivacyConsent } from './privacy-consent.entity';

export const PRIVACY_ENTITIES = [PrivacyConsent];
