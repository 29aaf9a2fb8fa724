import { ApiProperty } from '@nestjs/swagger';
import { WISH_SETTING_BOUNDS, WishRules, WishSettingKey, WishSettingsView } from '@linli/shared';
import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** An integer rule within its bounds, documented with them. */
const Rule = (key: WishSettingKey, description: string) =>
  applyDecorators(
    ApiProperty({ minimum: WISH_SETTING_BOUNDS[key].min, maximum: WISH_SETTING_BOUNDS[key].max, description }),
    IsInt(),
    Min(WISH_SETTING_BOUNDS[key].min),
    Max(WISH_SETTING_BOUNDS[key].max),
  );

export class UpdateWishSettingsDto implements WishRules {
  @Rule('valueCapFen', 'Largest estimated value of a wish, in fen') valueCapFen: number;
  @Rule('fulfilDays', 'Days a claimer has to fulfil before a reminder') fulfilDays: number;
  @Rule('releaseAfterReminderDays', 'Days after the reminder before the claim is released') releaseAfterReminderDays: number;
  @Rule('confirmDays', 'Days the beneficiary has to confirm before it goes to the grid worker or secretary') confirmDays: number;
  @Rule('pointsPerWish', 'Points shared by the claimers of a confirmed wish') pointsPerWish: number;
}

export class WishSettingsDto extends UpdateWishSettingsDto implements WishSettingsView {
  @ApiProperty() communityId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedByName: string | null;
}
