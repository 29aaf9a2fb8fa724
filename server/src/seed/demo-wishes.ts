import { PointsSource, WishCategory, WishStatus, addDaysToDate, placeIdsOnPath, shanghaiDateOf } from '@linli/shared';
import { newId } from '../database/ids';
import { User } from '../identity/user.entity';
import { Household } from '../places/household.entity';
import { Place } from '../places/place.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { Wish } from '../wishes/wish.entity';
import { WishClaim } from '../wishes/wish-claim.entity';
import { WishEvent } from '../wishes/wish-event.entity';

const DAY = 24 * 60 * 60 * 1000;

interface DemoWish {
  beneficiary: string;
  agent?: string;
  gender: 'female' | 'male';
  title: string;
  story: string;
  category: WishCategory;
  valueFen: number;
  status: WishStatus;
  claimer?: string;
  daysAgo: number;
  /** A confirmed wish's fulfilment note and thanks (the demo's one recent 已圆梦 has its own). */
  note?: string;
  thanks?: string;
}

/** A wall with something on it: wishes in every state, some posted by a grid worker (代办). */
const DEMO_WISHES: DemoWish[] = [
  {
    beneficiary: '王秀英',
    gender: 'female',
    title: '想有人陪我去医院复查',
    story: '独居，腿脚不便，下周二要去区医院复查血压，想请人陪同挂号取药。',
    category: WishCategory.Help,
    valueFen: 0,
    status: WishStatus.Open,
    daysAgo: 1,
  },
  {
    beneficiary: '李桂兰',
    agent: '孙丽',
    gender: 'female',
    title: '给孙子买一个新书包',
    story: '孙子上三年级，书包背带断了好几次，想要一个结实的双肩书包。',
    category: WishCategory.Goods,
    valueFen: 15_000,
    status: WishStatus.Open,
    daysAgo: 2,
  },
  {
    beneficiary: '王秀英',
    gender: 'female',
    title: '换一个厨房水龙头',
    story: '厨房水龙头一直滴水，自己不会换，想请懂维修的党员帮忙。',
    category: WishCategory.Service,
    valueFen: 5_000,
    status: WishStatus.Claimed,
    claimer: '张伟',
    daysAgo: 4,
  },
  {
    beneficiary: '李桂兰',
    agent: '孙丽',
    gender: 'female',
    title: '冬天想要一床厚棉被',
    story: '家里被子用了十多年，冬天很冷，想要一床厚一点的棉被。',
    category: WishCategory.Goods,
    valueFen: 30_000,
    status: WishStatus.PendingReview,
    daysAgo: 0,
  },
  {
    beneficiary: '罗志强',
    gender: 'male',
    title: '教我用手机交电费',
    story: '年纪大了不会用手机缴费，每次都要跑营业厅，想学会在手机上交水电费。',
    category: WishCategory.Help,
    valueFen: 0,
    status: WishStatus.Confirmed,
    claimer: '林涛',
    daysAgo: 20,
  },
];

/**
 * A year behind the wall, so the dashboard's 12-month charts have a history rather than one spike:
 * one wish a month in 东湖 over the past eleven months, most fulfilled by the unit contacts 钱进 and
 * 韩雪 (共建单位 help too; their points stay below the members' so the demo's rankings hold), a few
 * withdrawn. Each is at least 35 days old: the recent weeks stay the ones above.
 */
const HISTORY_TITLES = [
  '想请人帮忙换一下卫生间灯泡',
  '想要一个带靠背的小板凳',
  '想学会用手机挂号',
  '想请人帮忙把旧衣物送去回收',
  '想要一套大字版象棋',
  '想请人陪我去银行办卡',
  '想有人帮忙疏通厨房下水道',
  '想要一个保温饭盒',
  '想请人帮忙修一下纱窗',
  '想学会用手机视频通话',
  '想要几盆好养的绿植',
];
let fulfilledSoFar = 0;
const HISTORY_WISHES: DemoWish[] = HISTORY_TITLES.map((title, i) => {
  const withdrawn = i % 4 === 2;
  const claimer = withdrawn ? null : fulfilledSoFar++ % 2 === 0 ? '钱进' : '韩雪'; // four each, 40 points apiece
  return {
    beneficiary: i % 2 === 0 ? '王秀英' : '李桂兰',
    ...(i % 2 === 0 ? {} : { agent: '孙丽' }),
    gender: 'female',
    title,
    story: '一个人在家不太方便，想请社区的党员和志愿者帮帮忙，谢谢大家。',
    category: i % 3 === 0 ? WishCategory.Goods : i % 3 === 1 ? WishCategory.Service : WishCategory.Help,
    valueFen: i % 3 === 0 ? 5_000 : 0,
    status: withdrawn ? WishStatus.Withdrawn : WishStatus.Confirmed,
    ...(claimer ? { claimer, note: '已上门帮忙办好了', thanks: '谢谢你们，帮了大忙' } : {}),
    daysAgo: 35 + 30 * i,
  };
});

export interface DemoWishRows {
  wishes: Wish[];
  claims: WishClaim[];
  events: WishEvent[];
  points: PointsEntry[];
}

/** The demo's wishes, with claims, history lines and the points a confirmed wish earned. */
export function demoWishes(
  users: Map<string, User>,
  homes: Map<string, Household>,
  places: Map<string, Place>,
  secretaries: Map<string, User>,
  now = new Date(),
): DemoWishRows {
  const rows: DemoWishRows = { wishes: [], claims: [], events: [], points: [] };
  for (const demo of [...DEMO_WISHES, ...HISTORY_WISHES]) {
    const beneficiary = users.get(demo.beneficiary)!;
    const household = homes.get(beneficiary.id)!;
    const building = places.get(household.buildingId)!;
    const [, streetId, , gridId] = placeIdsOnPath(building.path);
    const postedAt = new Date(now.getTime() - demo.daysAgo * DAY);
    const poster = demo.agent ? users.get(demo.agent)! : beneficiary;
    const reviewer = secretaries.get(household.communityId)!;
    const claimer = demo.claimer ? users.get(demo.claimer)! : null;
    const wish = {
      id: newId(),
      communityId: household.communityId,
      streetId,
      gridId,
      buildingId: building.id,
      householdId: household.id,
      beneficiaryUserId: beneficiary.id,
      beneficiaryName: beneficiary.displayName,
      beneficiaryGender: demo.gender,
      postedBy: poster.id,
      agentUserId: demo.agent ? poster.id : null,
      consentNote: demo.agent ? '本人口头同意，网格员入户登记' : null,
      title: demo.title,
      story: demo.story,
      category: demo.category,
      valueFen: demo.valueFen,
      wantedBy: addDaysToDate(shanghaiDateOf(demo.daysAgo > 30 ? postedAt : now), 14),
      status: demo.status,
      rejectReason: null,
      reviewedBy: demo.status === WishStatus.PendingReview ? null : reviewer.id,
      claimId: null as string | null,
      claimerId: claimer?.id ?? null,
      claimedAt: claimer ? new Date(postedAt.getTime() + DAY) : null,
      claimDueAt: claimer ? new Date(postedAt.getTime() + 8 * DAY) : null,
      remindedAt: null,
      fulfilledAt: demo.status === WishStatus.Confirmed ? new Date(postedAt.getTime() + 3 * DAY) : null,
      fulfilmentNote: demo.status === WishStatus.Confirmed ? (demo.note ?? '已上门教会缴费，老人自己操作了一遍') : null,
      escalatedAt: null,
      confirmedAt: demo.status === WishStatus.Confirmed ? new Date(postedAt.getTime() + 4 * DAY) : null,
      confirmedBy: demo.status === WishStatus.Confirmed ? beneficiary.id : null,
      thanks: demo.status === WishStatus.Confirmed ? (demo.thanks ?? '小林很耐心，谢谢！') : null,
      rating: demo.status === WishStatus.Confirmed ? 5 : null,
      createdAt: postedAt,
    } as Wish;
    rows.events.push({
      id: newId(),
      wishId: wish.id,
      kind: 'post',
      actorId: poster.id,
      note: demo.agent ? '网格员代发' : null,
      createdAt: postedAt,
    });
    if (claimer) {
      const done = demo.status === WishStatus.Confirmed;
      wish.claimId = newId();
      rows.claims.push({
        id: wish.claimId,
        wishId: wish.id,
        claimerId: claimer.id,
        live: done ? null : 1,
        status: done ? 'completed' : 'active',
        endedAt: wish.confirmedAt,
        createdAt: wish.claimedAt!,
      });
      if (done) {
        rows.points.push({
          id: newId(),
          userId: claimer.id,
          communityId: wish.communityId,
          amount: 10,
          reason: `圆梦微心愿：${wish.title}`,
          sourceType: PointsSource.Wish,
          sourceId: wish.id,
          reversesEntryId: null,
          createdBy: beneficiary.id,
          createdAt: wish.confirmedAt!,
        } as PointsEntry);
      }
    }
    rows.wishes.push(wish);
  }
  return rows;
}
