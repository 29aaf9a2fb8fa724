import { Injectable } from '@nestjs/common';
import { CONTENT_LIMITS, ErrorCode, isOnWall, PUBLIC_TOPIC_STATUSES, ReportTarget } from '@linli/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Topic } from '../deliberation/topic.entity';
import { displayNamesOf } from '../identity/display-names';
import { Wish } from '../wishes/wish.entity';

/** What the reports need of a wish or a topic. */
export interface ReportableItem {
  type: ReportTarget;
  id: string;
  communityId: string;
  title: string;
  excerpt: string;
  authorId: string;
  /** On the wall / in the public lists: what residents can see, and so report. */
  isPublic: boolean;
}

export const TARGET_NOT_FOUND: Record<ReportTarget, ErrorCode> = {
  [ReportTarget.Wish]: 'WISH_NOT_FOUND',
  [ReportTarget.Topic]: 'TOPIC_NOT_FOUND',
};

/** The reportable things, each read and hidden the same way: a wish (the wall) and a topic (邻里议事). */
@Injectable()
export class ReportTargets {
  constructor(private readonly dataSource: DataSource) {}

  async find(type: ReportTarget, id: string): Promise<ReportableItem | null> {
    if (id.length > 64) return null;
    return (await this.findMany(type, [id]))[0] ?? null;
  }

  async findMany(type: ReportTarget, ids: string[]): Promise<ReportableItem[]> {
    if (ids.length === 0) return [];
    if (type === ReportTarget.Wish) {
      const wishes = await this.dataSource.getRepository(Wish).find({ where: { id: In(ids) } });
      return wishes.map((w) => ({
        type,
        id: w.id,
        communityId: w.communityId,
        title: w.title,
        excerpt: excerptOf(w.story),
        authorId: w.postedBy,
        isPublic: isOnWall(w.status) && !w.hidden,
      }));
    }
    const topics = await this.dataSource.getRepository(Topic).find({ where: { id: In(ids) } });
    return topics.map((t) => ({
      type,
      id: t.id,
      communityId: t.communityId,
      title: t.title,
      excerpt: excerptOf(t.body),
      authorId: t.proposedBy,
      isPublic: PUBLIC_TOPIC_STATUSES.includes(t.status) && !t.hidden,
    }));
  }

  /** Hides the item, once: a conditional UPDATE in the caller's transaction. */
  async hide(manager: EntityManager, type: ReportTarget, id: string, reason: string): Promise<boolean> {
    const entity = type === ReportTarget.Wish ? Wish : Topic;
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ hidden: true, hiddenReason: reason })
      .where('id = :id AND hidden = :visible', { id, visible: false })
      .execute();
    return result.affected === 1;
  }

  async authorNames(items: ReportableItem[]): Promise<Map<string, string>> {
    return displayNamesOf(
      this.dataSource,
      items.map((i) => i.authorId),
    );
  }
}

function excerptOf(text: string): string {
  const chars = Array.from(text);
  return chars.length > CONTENT_LIMITS.excerptLength ? `${chars.slice(0, CONTENT_LIMITS.excerptLength).join('')}…` : text;
}
