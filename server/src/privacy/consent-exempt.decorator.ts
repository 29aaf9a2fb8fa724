import { SetMetadata } from '@nestjs/common';

export const IS_CONSENT_EXEMPT = 'linli:consent-exempt';

/**
 * Open to a logged-in person who has not agreed to the current documents: what they need to
 * read them and agree (or to see who they are logged in as). Everything else refuses them.
 */
export const ConsentExempt = () => SetMetadata(IS_CONSENT_EXEMPT, true);
