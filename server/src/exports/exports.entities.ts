import { ExportJob } from './export-job.entity';

/** The entities of this module, registered in database/entities.ts. */
export const EXPORT_ENTITIES: Function[] = [ExportJob];
