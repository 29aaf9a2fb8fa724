import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NotificationKind,
  NotificationPageView,
  NotificationView,
  ReadAllView,
  SubscriptionMoment,
  SubscriptionOffersView,
  SubscriptionOfferView,
  UnreadCountView,
} from '@linli/shared';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Only notices not read yet' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unreadOnly?: 'true' | 'false';
}

export class ReadAllDto {
  @ApiPropertyOptional({ description: 'The newest notice the client showed: later ones stay unread' })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  upToId?: string;
}

export class NotificationDto implements NotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty({ example: '心愿被认领' }) kindLabel: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ example: '/packages/wishes/pages/detail/index?id=…', description: 'Mini-program page to open' }) link: string;
  @ApiProperty({ type: String, nullable: true }) communityId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NotificationPageDto implements NotificationPageView {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class UnreadCountDto implements UnreadCountView {
  @ApiProperty() unread: number;
}

export class ReadAllResultDto implements ReadAllView {
  @ApiProperty() marked: number;
  @ApiProperty() unread: number;
}

export class SubscriptionOfferDto implements SubscriptionOfferView {
  @ApiProperty({ enum: SubscriptionMoment, enumName: 'SubscriptionMoment' }) moment: SubscriptionMoment;
  @ApiProperty({ type: [String], maxItems: 3, description: 'Template ids for wx.requestSubscribeMessage, most important first' }) templateIds: string[];
}

export class SubscriptionOffersDto implements SubscriptionOffersView {
  @ApiProperty({ type: [SubscriptionOfferDto] }) offers: SubscriptionOfferDto[];
}
