import { useLoad } from '@/hooks/useLoad';
import { ApiError } from '@/services/api-error';
import type { WishContact, WishHistory, WishManage, WishPhoto, WishPublic } from '@/services/api-types';
import { getMyProofs, getWish, getWishContact, getWishHistory, getWishPrivate } from '@/services/wishes';

export interface WishDetail {
  wish: WishPublic;
  /** The beneficiary's side of it: for the poster, the beneficiary, their agent and the secretary. */
  manage: WishManage | null;
  /** Delivery details: for the live claimer only. */
  contact: WishContact | null;
  /** 心愿进程: for its poster, beneficiary, agent, claimer and secretary. */
  history: WishHistory | null;
  /** After 我已完成: the claimer's own proof photos (null: I am not its claimer). */
  myProofs: WishPhoto[] | null;
}

/** Asks and takes "not yours" (403/404) as "nothing to show", any other failure as a failure. */
async function ifAllowed<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

/**
 * One wish with all the user may see of it. The server decides who sees what: the private view
 * answers only the beneficiary's side, the contact only the live claimer; a wish still in review
 * is not public, so its poster sees it through the private view.
 */
export function useWishDetail(id: string) {
  return useLoad<WishDetail>(
    async () => {
      const manage = await ifAllowed(() => getWishPrivate(id));
      const wish = manage ?? (await getWish(id));
      const delivered = wish.status === 'fulfilled' || wish.status === 'confirmed';
      const [contact, history, myProofs] = await Promise.all([
        wish.status === 'claimed' ? ifAllowed(() => getWishContact(id)) : null,
        ifAllowed(() => getWishHistory(id)),
        delivered && wish.claimerName && !manage ? ifAllowed(() => getMyProofs(id)) : null,
      ]);
      return { wish, manage, contact, history, myProofs };
    },
    [id],
    { reloadOnReturn: true },
  );
}
