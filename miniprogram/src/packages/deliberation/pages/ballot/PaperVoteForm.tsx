import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Input } from '@/components/nut';
import type { Ballot, BallotRollLine } from '@/services/api-types';
import { ballotRoll, recordPaperVote, uploadPaperForm } from '@/services/deliberation';
import { photoSrc, pickPhotos } from '@/services/photos';

interface PaperVoteFormProps {
  ballot: Ballot;
  replace: (ballot: Ballot) => void;
}

/**
 * 录入纸质票 (secretary, grid workers): find the voter on the roll, tick the choice marked on the
 * form, photograph the signed form, then record. The server checks the voter is on the roll, not
 * yet voted, and in the recorder's grid; each vote needs its own form.
 */
export function PaperVoteForm({ ballot, replace }: PaperVoteFormProps) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [lines, setLines] = useState<BallotRollLine[]>([]);
  const [voter, setVoter] = useState<BallotRollLine | null>(null);
  const [optionId, setOptionId] = useState<string | undefined>();
  const [form, setForm] = useState<{ id: string; url: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      ballotRoll(ballot.id, q.trim())
        .then((page) => live && setLines(page.items))
        .catch((error) => live && showError(error));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, q, ballot.id]);

  if (!ballot.canRecordPaper) return null;
  if (!open) {
    return (
      <View className="lin-confirm-button">
        <Button className="dlp-paper-open" block onClick={() => setOpen(true)}>
          录入纸质票
        </Button>
      </View>
    );
  }

  async function photograph() {
    const [path] = await pickPhotos(1);
    if (!path) return;
    setBusy(true);
    try {
      setForm(await uploadPaperForm(ballot.id, path));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    if (!voter || !optionId || !form) return;
    setBusy(true);
    try {
      replace(await recordPaperVote(ballot.id, { voterKey: voter.voterKey, optionId, formId: form.id }));
      showSuccess('纸质票已录入');
      setVoter(null);
      setOptionId(undefined);
      setForm(null);
      setQ('');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="lin-card dlp-paper">
      <Text className="dlp-vote__title">录入纸质票</Text>
      <Text className="lin-note">
        {ballot.secret ? '无记名投票：请拍摄投票人签字的签收单，不要拍到所选意见；选择只进入计票，不与投票人关联。' : '请拍摄投票人签字的纸质表决票。'}
      </Text>
      <Text className="dlp-paper__step">1. 投票人</Text>
      {voter ? (
        <View className="dlp-paper__chosen" role="button" tabIndex={0} onClick={() => setVoter(null)}>
          <Text>✓ {voter.label}（点此重选）</Text>
        </View>
      ) : (
        <>
          <Input className="dlp-box dlp-paper__search" placeholder="输入姓名或门牌号查找" value={q} onChange={(value) => setQ(value)} maxLength={40} />
          <View className="dlp-paper__roll">
            {lines.map((line) => (
              <View
                key={line.voterKey}
                role="button"
                tabIndex={0}
                aria-disabled={line.voted}
                className={`dlp-paper__line ${line.voted ? 'dlp-paper__line--voted' : ''}`}
                onClick={() => !line.voted && setVoter(line)}
              >
                <Text>{line.label}</Text>
                {line.voted ? <Text className="lin-note">{line.channel === 'paper' ? '已录入纸质票' : '已在线投票'}</Text> : null}
              </View>
            ))}
            {lines.length === 0 ? <Text className="lin-note">名单中没有找到</Text> : null}
          </View>
        </>
      )}
      <Text className="dlp-paper__step">2. 纸质票上的意见</Text>
      <SingleChoiceChips options={ballot.options.map((o) => ({ value: o.id, label: o.label }))} value={optionId} onChange={setOptionId} />
      <Text className="dlp-paper__step">3. 签字照片</Text>
      {form ? <Image className="dlp-paper__photo" src={photoSrc(form.url)} mode="aspectFit" nativeProps={{ alt: '纸质表决票照片' }} /> : null}
      <Button className="dlp-paper-photo" block disabled={busy} onClick={() => void photograph()}>
        {form ? '重新拍照' : '拍照上传'}
      </Button>
      <View className="lin-confirm-button">
        <Button className="dlp-paper-submit" type="primary" block disabled={busy || !voter || !optionId || !form} onClick={() => void submit()}>
          {busy ? '正在提交…' : '确认录入'}
        </Button>
        <Button block onClick={() => setOpen(false)}>
          收起
        </Button>
      </View>
    </View>
  );
}
