import { ApiProperty } from '@nestjs/swagger';
import { ConsentKind, ConsentStatusView, PolicyVersion } from '@linli/shared';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AgreeDto {
  @ApiProperty({ example: '2026.1', description: 'The version of 《用户服务协议》/《隐私政策》 the person read and agreed to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  policyVersion: string;
}

/** What may be withdrawn in the app; a wish's sensitive-information consent goes with the wish. */
export const WITHDRAWABLE = [ConsentKind.Policy, ConsentKind.Location] as const;

export class WithdrawDto {
  @ApiProperty({ enum: WITHDRAWABLE, description: 'policy: 《隐私政策》 (only public pages until agreed again); location: location at check-in' })
  @IsIn(WITHDRAWABLE, { message: 'kind：只能撤回对隐私政策（policy）或位置信息（location）的同意' })
  kind: (typeof WITHDRAWABLE)[number];
}

export class PolicyVersionDto implements PolicyVersion {
  @ApiProperty() version: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) effectiveOn: string;
  @ApiProperty() changes: string;
}

export class PolicyInfoDto {
  @ApiProperty({ type: PolicyVersionDto }) current: PolicyVersionDto;
  @ApiProperty({ type: [PolicyVersionDto] }) versions: PolicyVersionDto[];
}

export class ConsentStatusDto implements ConsentStatusView {
  @ApiProperty() currentVersion: string;
  @ApiProperty({ type: String, nullable: true }) agreedVersion: string | null;
  @ApiProperty({ type: String, nullable: true }) agreedAt: string | null;
  @ApiProperty({ description: 'True until the current version is agreed to: only public endpoints answer meanwhile' }) required: boolean;
  @ApiProperty({ description: 'Agreed to location use at check-in' }) location: boolean;
}
