import { DELIBERATION_DEFAULTS } from '@linli/shared';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { pickPhotos } from '@/services/photos';

/**
 * 添加照片 on something already saved (a topic, a progress update): pick up to the room left,
 * upload one by one, say how it went, then `onDone` (load it again to show them).
 */
export function usePhotoUpload(upload: (filePath: string) => Promise<unknown>, count: number, onDone: () => void) {
  const [adding, setAdding] = useState(false);
  const room = DELIBERATION_DEFAULTS.maxPhotos - count;

  async function add() {
    const paths = await pickPhotos(room);
    if (paths.length === 0) return;
    setAdding(true);
    let sent = 0;
    try {
      for (const path of paths) {
        await upload(path);
        sent += 1;
      }
      showSuccess(`已添加 ${sent} 张照片`);
    } catch (error) {
      showError(error);
    } finally {
      setAdding(false);
      if (sent > 0) onDone();
    }
  }

  return { room, adding, add };
}
