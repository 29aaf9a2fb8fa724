import { Text, View } from '@tarojs/components';
import { usePaged } from '@/hooks/usePaged';
import { PagedCards } from '@/pages/deliberation/PagedCards';
import type { Topic, TopicComment } from '@/services/api-types';
import { addComment, listComments } from '@/services/deliberation';
import { CommentBox } from './CommentBox';
import { CommentItem } from './CommentItem';

/** 居民讨论: a box to write in (for those in the topic's scope while it is open), then the comments, oldest first. */
export function Discussion({ topic, onChanged }: { topic: Topic; onChanged: () => void }) {
  const comments = usePaged<TopicComment>((cursor?: string) => listComments(topic.id, cursor), [topic.id]);
  const changed = () => {
    void comments.reload();
    onChanged();
  };
  const closed = topic.status === 'decided' ? '表决已经结束，讨论已关闭。' : '议事范围内的居民可以参与讨论。';

  return (
    <View className="dlp-discussion">
      <Text className="dlp-section">居民讨论（{topic.commentCount} 条）</Text>
      {topic.canComment ? (
        <CommentBox placeholder="说说您的看法，大家一起商量" submitText="发表" send={(body) => addComment(topic.id, body)} onSent={changed} />
      ) : (
        <Text className="lin-note">{closed}</Text>
      )}
      <PagedCards
        list={comments}
        empty="还没有人发言。"
        render={(c) => <CommentItem key={c.id} comment={c} topicId={topic.id} canComment={topic.canComment} moderator={topic.canManage} onChanged={changed} />}
      />
    </View>
  );
}
