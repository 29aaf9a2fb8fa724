import { ContentReport } from './content-report.entity';
import { MediaCheck } from './media-check.entity';
import { ReportedContent } from './reported-content.entity';

/** The entities of this module, registered in database/entities.ts. */
export const CONTENT_ENTITIES: Function[] = [MediaCheck, ContentReport, ReportedContent];
