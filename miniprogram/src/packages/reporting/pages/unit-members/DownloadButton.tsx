import { View } from '@tarojs/components';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { downloadXlsx, type XlsxPath } from '@/services/download';

interface DownloadButtonProps {
  label: string;
  /** The API path template and its parameters. */
  path: XlsxPath;
  options: { path?: object; query?: object };
  /** Used when the server names no file. */
  fileName: string;
  primary?: boolean;
  className?: string;
}

/** Downloads an Excel summary (opened in WeChat's viewer, saved by the browser on H5). */
export function DownloadButton({ label, path, options, fileName, primary, className }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      await downloadXlsx(path, options, fileName);
      if (process.env.TARO_ENV === 'h5') showSuccess('已下载');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className={`rpt-download ${className ?? ''}`}>
      <Button type={primary ? 'primary' : 'default'} size={primary ? 'large' : 'normal'} block loading={busy} disabled={busy} onClick={() => void download()}>
        {label}
      </Button>
    </View>
  );
}
