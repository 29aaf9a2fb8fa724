import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';

interface DeliberationActionsProps {
  /** A resident of this community or its secretary: may raise a topic. */
  mayPropose: boolean;
  isSecretary: boolean;
  /** Topics waiting for the secretary (null while unknown); "99+" past a page. */
  pending: { count: number; more: boolean } | null;
}

const open = (url: string) => () => void Taro.navigateTo({ url });

/** 提出议题 as the big button; under it 我提出的 and, for the secretary, 待受理 with its count. */
export function DeliberationActions({ mayPropose, isSecretary, pending }: DeliberationActionsProps) {
  if (!mayPropose && !isSecretary) return null;
  return (
    <View className="dlb-actions">
      {mayPropose ? (
        <Button className="dlb-actions__propose" type="primary" size="large" block onClick={open(ROUTES.topicPropose)}>
          提出议题
        </Button>
      ) : null}
      <View className="dlb-actions__row">
        {mayPropose ? (
          <View role="button" tabIndex={0} className="dlb-action dlb-action--mine" onClick={open(ROUTES.myTopics)}>
            我提出的
          </View>
        ) : null}
        {isSecretary ? (
          <View role="button" tabIndex={0} className="dlb-action dlb-action--review" onClick={open(ROUTES.topicReview)}>
            待受理
            {pending && pending.count > 0 ? <Text className="dlb-action__count">{pending.more ? `${pending.count}+` : pending.count}</Text> : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
