import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PostSummary, Shift } from '@/services/api-types';
import { postTypeLabel } from '@/utils/labels';
import { availability, myClaimLabel, seatsClass, shiftTime } from './shift-format';

interface ShiftCardProps {
  shift: Shift;
  post: PostSummary;
  onClick: () => void;
  /** Under the card's facts: claim or cancel. */
  children?: ReactNode;
}

/** One shift as a card: what and when, where, how many seats are taken, and my place on it. */
export function ShiftCard({ shift, post, onClick, children }: ShiftCardProps) {
  const mine = myClaimLabel(shift.myClaim);
  const seats = availability(shift, post.kind);
  return (
    <View className="pst-shift" onClick={onClick}>
      <View className="pst-shift__head">
        <Text className="pst-type">{postTypeLabel(post.type)}</Text>
        <Text className="pst-shift__title">{post.title}</Text>
        {mine ? <Text className={`pst-mine pst-mine--${shift.myClaim!.status}`}>{mine}</Text> : null}
      </View>
      <Text className="pst-shift__time">{shiftTime(shift, post.kind)}</Text>
      <Text className="pst-shift__line">{post.place.address}</Text>
      <View className="pst-shift__foot">
        <Text className={seatsClass(seats.tone)}>{seats.text}</Text>
        {post.pointsPerHour > 0 ? <Text className="pst-shift__points">每小时 {post.pointsPerHour} 积分</Text> : null}
      </View>
      {post.publisherUnitName ? <Text className="pst-shift__line">发布：{post.publisherUnitName}</Text> : null}
      {children}
    </View>
  );
}
