import { NotificationFanout } from './notification-fanout.entity';
import { Notification } from './notification.entity';

/** The entities of this module, registered in database/entities.ts. */
export const NOTIFICATION_ENTITIES: Function[] = [Notification, NotificationFanout];
