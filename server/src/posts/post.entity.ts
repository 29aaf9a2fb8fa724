import { PostKind, PostType, Skill } from '@linli/shared';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, idColumn, optionalIdColumn, PrimaryId, UpdatedAt } from '../database/columns';

/**
 * A pioneer / volunteer post (党员先锋岗). The place is a point with a radius for check-in by
 * location; coordinates are integer micro-degrees so both databases store and compare them exactly.
 */
@Entity('post')
@Index('ix_post_community', ['communityId', 'id'])
@Index('ix_post_community_type', ['communityId', 'type', 'id'])
export class Post {
  @PrimaryId()
  id: string;

  @Column({ name: 'community_id', ...idColumn })
  communityId: string;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'simple-enum', enum: PostType })
  type: PostType;

  /** Fixed at creation: a post's shifts and a standing role's term follow different rules. */
  @Column({ type: 'simple-enum', enum: PostKind })
  kind: PostKind;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'varchar', length: 100 })
  address: string;

  @Column({ name: 'latitude_e6', type: 'int' })
  latitudeE6: number;

  @Column({ name: 'longitude_e6', type: 'int' })
  longitudeE6: number;

  @Column({ name: 'radius_metres', type: 'int' })
  radiusMetres: number;

  @Column({ name: 'points_per_hour', type: 'int' })
  pointsPerHour: number;

  @Column({ name: 'required_skills', type: 'simple-json' })
  requiredSkills: Skill[];

  @Column({ name: 'published_by', ...idColumn })
  publishedBy: string;

  /** The work unit whose contact published the post (驻区单位); NULL when the secretary did. */
  @Column({ name: 'publisher_unit_id', ...optionalIdColumn })
  publisherUnitId: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
