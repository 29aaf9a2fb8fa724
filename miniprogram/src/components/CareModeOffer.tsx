import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { setCareMode } from '@/services/profile';
import { useSession } from '@/state/session';
import { showError } from './feedback';
import { Button } from './nut';
import './CareModeOffer.scss';

/** Answered once per person on this phone (either way); 我的 keeps the switch for later. */
const answeredKey = (userId: string) => `linli.careOffer.${userId}`;

export interface CareModeOfferState {
  shown: boolean;
  answer: () => void;
  turnOn: () => Promise<void>;
}

/** Whether the offer is on screen (the page lays out around it) and its two answers. */
export function useCareModeOffer(): CareModeOfferState {
  const { me } = useSession();
  const [answered, setAnswered] = useState(() => (me ? Taro.getStorageSync(answeredKey(me.id)) === true : true));
  const answer = () => {
    if (me) Taro.setStorageSync(answeredKey(me.id), true);
    setAnswered(true);
  };
  const turnOn = async () => {
    try {
      await setCareMode(true);
      answer();
    } catch (error) {
      showError(error);
    }
  };
  return { shown: !!me && !me.careMode && !answered, answer, turnOn };
}

/**
 * On the first screen after one's first login: 关怀模式 offered in large type, before anything
 * else, to whoever has not got it on. Those who need it most would not find it in 我的.
 */
export function CareModeOffer({ offer }: { offer: CareModeOfferState }) {
  if (!offer.shown) return null;
  const { answer, turnOn } = offer;
  return (
    <View className="lin-care-offer">
      <Text className="lin-care-offer__title">字太小、看不清？</Text>
      <Text className="lin-care-offer__text">开启关怀模式：字更大、按钮更大、颜色更清楚。以后也可以在“我的”最上面开关。</Text>
      <View className="lin-care-offer__buttons">
        <Button className="lin-care-offer__on" type="primary" size="large" onClick={() => void turnOn()}>
          开启关怀模式
        </Button>
        <Button className="lin-care-offer__off" size="large" onClick={answer}>
          不用了
        </Button>
      </View>
    </View>
  );
}
