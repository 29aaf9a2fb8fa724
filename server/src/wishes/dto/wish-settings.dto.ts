import { ApiProperty } from '@nestjs/swagger';
import { WISH_SETTING_BOUNDS, WishRules, WishSettingKey, WishSettingsView } from '@linli/shared';
import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An integer rule within its bounds, documented with them. */
const Rule = (key: WishSettingKey, description: string, required = true) =>
  applyDecorators(
    ApiProperty({ minimum: WISH_SETTING_BOUNDS[key].min, maximum: WISH_SETTING_BOUNDS[key].max, description, required }),
    ...(required ? [] : [IsOptional()]),
    IsInt(),
    Min(WISH_SETTING_BOUNDS[key].min),
    Max(WISH_SETTING_BOUNDS[key].max),
  );

export class UpdateWishSettingsDto implements Omit<WishRules, 'retentionDays'> {
  @Rule('valueCapFen', 'Largest estimated value of a wish, in fen') valueCapFen: number;
  @Rule('fulfilDays', 'Days a claimer has to fulfil before a reminder') fulfilDays: number;
  @Rule('releaseAfterReminderDays', 'Days after the reminder before the claim is released') releaseAfterReminderDays: number;
  @Rule('confirmDays', 'Days the beneficiary has to confirm before it goes to the grid worker or secretary') confirmDays: number;
  @Rule('pointsPerWish', 'Points shared by the claimers of a confirmed wish') pointsPerWish: number;
  // Optional so that a client from before this rule keeps the community's value when it saves the others.
  @Rule('retentionDays', "Days after a wish closes that the beneficiary's private details are kept (absent: unchanged)", false)
  retentionDays?: number;
}

export class WishSettingsDto extends UpdateWishSettingsDto implements WishSettingsView {
  @ApiProperty({ required: true, description: "Days after a wish closes that the beneficiary's private details are kept" }) override retentionDays: number;
  @ApiProperty() communityId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedByName: string | null;
}
