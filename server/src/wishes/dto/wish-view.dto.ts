import { ApiProperty } from '@nestjs/swagger';
import {
  CoClaimerCandidateView,
  MediaCheckStatus,
  WishCategory,
  WishContactView,
  WishCountsView,
  WishHistoryItemView,
  WishHistoryView,
  WishManageView,
  WishPhotoKind,
  WishPhotoView,
  WishPublicView,
  WishStatus,
} from '@linli/shared';
import { PlaceRefDto } from '../../identity/dto/identity.dto';

export class WishPhotoDto implements WishPhotoView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: WishPhotoKind, enumName: 'WishPhotoKind' }) kind: WishPhotoKind;
  @ApiProperty() approved: boolean;
  @ApiProperty({ enum: MediaCheckStatus, enumName: 'MediaCheckStatus', description: 'The content check; public once approved and passed' })
  check: MediaCheckStatus;
  @ApiProperty({ description: 'Signed, expiring URL path of the image, for a detail view or a preview' }) url: string;
  @ApiProperty({ description: 'Signed, expiring URL path of its thumbnail (≤ 480 px), for walls, lists and cards' }) thumbUrl: string;
}

/** The public shape: nothing here identifies or locates the beneficiary. */
export class WishPublicDto implements WishPublicView {
  @ApiProperty() id: string;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty({ type: PlaceRefDto }) grid: PlaceRefDto;
  @ApiProperty({ type: PlaceRefDto }) building: PlaceRefDto;
  @ApiProperty() title: string;
  @ApiProperty() story: string;
  @ApiProperty({ enum: WishCategory, enumName: 'WishCategory' }) category: WishCategory;
  @ApiProperty() valueFen: number;
  @ApiProperty({ example: '2026-12-20' }) wantedBy: string;
  @ApiProperty({ enum: WishStatus, enumName: 'WishStatus' }) status: WishStatus;
  @ApiProperty({ example: '王女士' }) beneficiaryMasked: string;
  @ApiProperty() postedByAgent: boolean;
  @ApiProperty({ type: String, nullable: true }) claimerName: string | null;
  @ApiProperty({ type: [String] }) coClaimerNames: string[];
  @ApiProperty({ type: [WishPhotoDto] }) photos: WishPhotoDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) claimedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The claimer delivers by then' }) claimDueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) fulfilledAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
}

export class WishPageDto {
  @ApiProperty({ type: [WishPublicDto] }) items: WishPublicDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The private shape, for the poster, the beneficiary, their agent and the community's secretary. */
export class WishManageDto extends WishPublicDto implements WishManageView {
  @ApiProperty() beneficiaryUserId: string;
  @ApiProperty() beneficiaryName: string;
  @ApiProperty() householdLabel: string;
  @ApiProperty({ type: String, nullable: true }) agentName: string | null;
  @ApiProperty({ type: String, nullable: true }) consentNote: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, nullable: true }) fulfilmentNote: string | null;
  @ApiProperty({ type: String, nullable: true }) thanks: string | null;
  @ApiProperty({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty({ type: [WishPhotoDto] }) allPhotos: WishPhotoDto[];
  @ApiProperty({ description: 'Hidden by the secretary after reports (已隐藏)' }) hidden: boolean;
  @ApiProperty({ type: String, nullable: true }) hiddenReason: string | null;
}

export class WishManagePageDto {
  @ApiProperty({ type: [WishManageDto] }) items: WishManageDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CoClaimerCandidateDto implements CoClaimerCandidateView {
  @ApiProperty() userId: string;
  @ApiProperty({ example: '张伟' }) displayName: string;
}

export class WishContactDto implements WishContactView {
  @ApiProperty() wishId: string;
  @ApiProperty() beneficiaryName: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ example: '东湖社区 3号楼 1单元 201' }) address: string;
  @ApiProperty({ type: String, nullable: true }) agentName: string | null;
  @ApiProperty({ type: String, nullable: true }) agentPhone: string | null;
  @ApiProperty({ format: 'date-time' }) claimDueAt: string;
}

export class WishCountsDto implements WishCountsView {
  @ApiProperty() communityId: string;
  @ApiProperty() open: number;
  @ApiProperty() claimed: number;
  @ApiProperty() fulfilled: number;
}

export class WishHistoryItemDto implements WishHistoryItemView {
  @ApiProperty({ example: 'claim' }) kind: string;
  @ApiProperty({ example: '被认领' }) label: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'Done by the deadline sweep, not by a person' }) bySystem: boolean;
}

export class WishHistoryDto implements WishHistoryView {
  @ApiProperty() wishId: string;
  @ApiProperty({ type: [WishHistoryItemDto], description: 'Oldest first' }) items: WishHistoryItemDto[];
}
