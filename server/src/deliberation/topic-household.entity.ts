import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '../database/columns';

/** One household named in a topic's scope (when the scope is a set of households). */
@Entity('topic_household')
@Index('ix_topic_household_household', ['householdId'])
export class TopicHousehold {
  @PrimaryColumn({ name: 'topic_id', type: 'varchar', length: ID_LENGTH })
  topicId: string;

  @PrimaryColumn({ name: 'household_id', type: 'varchar', length: ID_LENGTH })
  householdId: string;
}
