import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Dialog } from '@/components/nut';
import type { TopicComment } from '@/services/api-types';
import { addComment, hideComment, releaseComment, reportComment } from '@/services/deliberation';
import { formatMinute } from '@/utils/dates';
import { ReasonForm } from '@/components/blocks/ReasonForm';
import { CommentBox } from './CommentBox';

interface CommentItemProps {
  comment: TopicComment;
  topicId: string;
  /** The viewer may write here (a top-level comment then gets 回复). */
  canComment: boolean;
  /** The community's secretary: sees hidden text and reports, hides. */
  moderator: boolean;
  onChanged: () => void;
}

/** One comment with its replies: 回复 (one level), 举报, and for the secretary 隐藏 with a reason and 通过 for a held (待审核) one. */
export function CommentItem({ comment, topicId, canComment, moderator, onChanged }: CommentItemProps) {
  const [mode, setMode] = useState<'reply' | 'hide' | null>(null);
  const [confirmingReport, setConfirmingReport] = useState(false);
  const reply = comment.parentId !== null;

  async function report() {
    setConfirmingReport(false);
    try {
      await reportComment(comment.id);
      showSuccess('已举报，社区会尽快处理');
      onChanged();
    } catch (error) {
      showError(error);
    }
  }

  async function release() {
    try {
      await releaseComment(comment.id);
      showSuccess('已通过，大家都能看到了');
      onChanged();
    } catch (error) {
      showError(error);
    }
  }

  async function hide(reason: string): Promise<boolean> {
    try {
      await hideComment(comment.id, reason);
      showSuccess('已隐藏');
      onChanged();
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  return (
    <View className={reply ? 'dlp-comment dlp-comment--reply' : 'dlp-comment'}>
      <View className="dlp-comment__head">
        <Text className="dlp-comment__author">{comment.authorName}</Text>
        {comment.byOfficial ? <Text className="dlp-comment__official">社区</Text> : null}
        {comment.isMine ? <Text className="dlp-comment__mine">我</Text> : null}
        <Text className="dlp-comment__time">{formatMinute(comment.createdAt)}</Text>
      </View>
      {comment.body !== null ? <Text className="dlp-comment__body">{comment.body}</Text> : null}
      {comment.hidden ? (
        <Text className="dlp-comment__hidden">
          {comment.body === null ? '该评论已被社区隐藏' : '已隐藏，居民看不到这条评论'}
          {comment.hiddenReason ? `（原因：${comment.hiddenReason}）` : ''}
        </Text>
      ) : null}
      {comment.held && !comment.hidden ? (
        <Text className="dlp-comment__hidden">{moderator ? '待审核：内容安全检查存疑，居民看不到这条评论' : '待审核，社区审核通过后大家才能看到'}</Text>
      ) : null}
      {moderator && comment.reportCount > 0 ? <Text className="dlp-comment__reports">被举报 {comment.reportCount} 次</Text> : null}

      <View className="dlp-comment__actions">
        {canComment && !reply ? (
          <Text className="dlp-comment__action dlp-comment__reply" onClick={() => setMode(mode === 'reply' ? null : 'reply')}>
            回复
          </Text>
        ) : null}
        {!comment.isMine && !comment.hidden && !comment.held ? (
          comment.reportedByMe ? (
            <Text className="dlp-comment__action dlp-comment__action--done">已举报</Text>
          ) : (
            <Text className="dlp-comment__action dlp-comment__report" onClick={() => setConfirmingReport(true)}>
              举报
            </Text>
          )
        ) : null}
        {moderator && comment.held && !comment.hidden ? (
          <Text className="dlp-comment__action dlp-comment__release" onClick={() => void release()}>
            通过
          </Text>
        ) : null}
        {moderator && !comment.hidden ? (
          <Text className="dlp-comment__action dlp-comment__hide" onClick={() => setMode(mode === 'hide' ? null : 'hide')}>
            隐藏
          </Text>
        ) : null}
      </View>

      {mode === 'hide' ? (
        <ReasonForm
          className="dlp-reason"
          label="隐藏的原因（大家会看到）"
          placeholder="例如：含有人身攻击的内容"
          submitText="确认隐藏"
          onSubmit={hide}
          onCancel={() => setMode(null)}
        />
      ) : null}
      {mode === 'reply' ? (
        <CommentBox
          className="dlp-reply-box"
          placeholder={`回复 ${comment.authorName}`}
          submitText="回复"
          send={(body) => addComment(topicId, body, comment.id)}
          onSent={() => {
            setMode(null);
            onChanged();
          }}
          onCancel={() => setMode(null)}
        />
      ) : null}

      {comment.replies.map((r) => (
        <CommentItem key={r.id} comment={r} topicId={topicId} canComment={canComment} moderator={moderator} onChanged={onChanged} />
      ))}

      <Dialog
        visible={confirmingReport}
        title="举报这条评论"
        confirmText="举报"
        cancelText="再想想"
        onConfirm={() => void report()}
        onCancel={() => setConfirmingReport(false)}
        onClose={() => setConfirmingReport(false)}
      >
        社区书记会查看被举报的评论，确有不当的会隐藏。
      </Dialog>
    </View>
  );
}
