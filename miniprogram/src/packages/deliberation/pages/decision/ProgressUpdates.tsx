import { Text, View } from '@tarojs/components';
import { DELIBERATION_TEXT_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { showError } from '@/components/feedback';
import { Button, TextArea } from '@/components/nut';
import type { DecisionItem } from '@/services/api-types';
import { uploadProgressPhoto } from '@/services/deliberation';
import { photoSrc } from '@/services/photos';
import { formatMinute } from '@/utils/dates';
import { PhotoGrid } from '../../components/PhotoGrid';
import { usePhotoUpload } from '../../components/usePhotoUpload';

/** 进展通报, newest first, with photos of the work; the secretary writes a new one and adds photos to each. */
export function ProgressUpdates({ decision, add, reload }: { decision: DecisionItem; add: (note: string) => Promise<boolean>; reload: () => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const text = note.trim();
    if (text.length < 2) return showError(null, '请写下这次的进展（至少 2 个字）');
    setBusy(true);
    const ok = await add(text);
    setBusy(false);
    if (ok) setNote('');
  }

  return (
    <View className="lin-card dlp-updates">
      <Text className="lin-card__title">进展通报</Text>
      {decision.canManage ? (
        <View className="dlp-updates__form">
          <TextArea
            className="dlp-box dlp-progress-input"
            value={note}
            onChange={setNote}
            placeholder="例如：已与物业公司签订施工协议，预计下月开工。"
            maxLength={DELIBERATION_TEXT_LIMITS.progressNote}
            showCount
            autoSize
          />
          <Button className="dlp-progress-submit" block type="primary" loading={busy} disabled={busy} onClick={() => void submit()}>
            发布进展
          </Button>
        </View>
      ) : null}
      {decision.updates.length === 0 ? <Text className="dlp-empty-line">还没有进展通报。</Text> : null}
      {decision.updates.map((u) => (
        <UpdateItem key={u.id} update={u} canManage={decision.canManage} reload={reload} />
      ))}
    </View>
  );
}

/** One report: what was done, its photos (the secretary adds them), who wrote it and when. */
function UpdateItem({ update, canManage, reload }: { update: DecisionItem['updates'][number]; canManage: boolean; reload: () => void }) {
  const photos = usePhotoUpload((path) => uploadProgressPhoto(update.id, path), update.photos.length, reload);
  return (
    <View className="dlp-update">
      <Text className="dlp-update__note">{update.note}</Text>
      <PhotoGrid
        photos={update.photos.map((p) => ({ key: p.id, src: photoSrc(p.url), thumb: photoSrc(p.thumbUrl) }))}
        onAdd={canManage && photos.room > 0 ? () => void photos.add() : undefined}
        adding={photos.adding}
        compactAdd
      />
      <Text className="dlp-update__meta">
        {update.authorName} · {formatMinute(update.createdAt)}
      </Text>
    </View>
  );
}
