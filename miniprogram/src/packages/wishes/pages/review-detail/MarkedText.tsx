import { Text } from '@tarojs/components';
import { findPrivateDetails, splitMarked } from '@linli/shared';

/** Text with the pieces that may be private (phone, door number, full name) marked. */
export function MarkedText({ text, fullName, className }: { text: string; fullName: string; className: string }) {
  const pieces = splitMarked(text, findPrivateDetails(text, fullName));
  return (
    <Text className={className}>
      {pieces.map((piece, index) =>
        piece.marked ? (
          <Text key={index} className="wsa-mark">
            {piece.text}
          </Text>
        ) : (
          piece.text
        ),
      )}
    </Text>
  );
}
