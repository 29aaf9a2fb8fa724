import { ApiProperty } from '@nestjs/swagger';
import { ConsentStatusView, PolicyVersion } from '@linli/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AgreeDto {
  @ApiProperty({ example: '2026.1', description: 'The version of 《用户服务协议》/《隐私政策》 the person read and agreed to' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  policyVersion: string;
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
