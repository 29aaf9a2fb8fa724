import { ApiProperty } from '@nestjs/swagger';
import {
  CheckInCodeView,
  CheckInMethod,
  MyShiftClaimRef,
  MyShiftView,
  PostKind,
  PostPlaceView,
  PostSummaryView,
  PostType,
  PostView,
  ServiceHoursView,
  ShiftClaimStatus,
  ShiftClaimView,
  ShiftListItemView,
  ShiftRosterView,
  ShiftStatus,
  ShiftView,
  Skill,
} from '@linli/shared';
import { PlaceRefDto } from '../../identity/dto/identity.dto';

export class PostPlaceDto implements PostPlaceView {
  @ApiProperty() address: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty() radiusMetres: number;
}

export class PostSummaryDto implements PostSummaryView {
  @ApiProperty() id: string;
  @ApiProperty({ type: PlaceRefDto }) community: PlaceRefDto;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PostType, enumName: 'PostType' }) type: PostType;
  @ApiProperty({ enum: PostKind, enumName: 'PostKind' }) kind: PostKind;
  @ApiProperty() description: string;
  @ApiProperty({ type: PostPlaceDto }) place: PostPlaceDto;
  @ApiProperty() pointsPerHour: number;
  @ApiProperty({ enum: Skill, enumName: 'Skill', isArray: true }) requiredSkills: Skill[];
  @ApiProperty() publisherName: string;
  @ApiProperty({ type: String, nullable: true }) publisherUnitName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MyShiftClaimRefDto implements MyShiftClaimRef {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ShiftClaimStatus, enumName: 'ShiftClaimStatus' }) status: ShiftClaimStatus;
  @ApiProperty({ type: Number, nullable: true, description: '1 = next to be promoted' }) waitingPosition: number | null;
}

export class ShiftDto implements ShiftView {
  @ApiProperty() id: string;
  @ApiProperty() postId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Seats taken' }) taken: number;
  @ApiProperty({ description: 'Members on the waiting list' }) waiting: number;
  @ApiProperty({ enum: ShiftStatus, enumName: 'ShiftStatus' }) status: ShiftStatus;
  @ApiProperty({ type: MyShiftClaimRefDto, nullable: true }) myClaim: MyShiftClaimRefDto | null;
}

export class PostDto extends PostSummaryDto implements PostView {
  @ApiProperty({ type: [ShiftDto] }) shifts: ShiftDto[];
  @ApiProperty() canManage: boolean;
}

export class PostPageDto {
  @ApiProperty({ type: [PostDto] }) items: PostDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ShiftListItemDto extends ShiftDto implements ShiftListItemView {
  @ApiProperty({ type: PostSummaryDto }) post: PostSummaryDto;
}

export class ShiftPageDto {
  @ApiProperty({ type: [ShiftListItemDto] }) items: ShiftListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ShiftClaimDto implements ShiftClaimView {
  @ApiProperty() id: string;
  @ApiProperty() shiftId: string;
  @ApiProperty() postId: string;
  @ApiProperty() memberId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ enum: ShiftClaimStatus, enumName: 'ShiftClaimStatus' }) status: ShiftClaimStatus;
  @ApiProperty({ type: Number, nullable: true }) waitingPosition: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedOutAt: string | null;
  @ApiProperty({ enum: CheckInMethod, enumName: 'CheckInMethod', nullable: true }) checkInMethod: CheckInMethod | null;
  @ApiProperty({ type: Number, nullable: true }) servedMinutes: number | null;
  @ApiProperty({ type: Number, nullable: true }) confirmedMinutes: number | null;
  @ApiProperty({ type: Number, nullable: true }) points: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ShiftRosterDto implements ShiftRosterView {
  @ApiProperty({ type: ShiftDto }) shift: ShiftDto;
  @ApiProperty({ type: PostSummaryDto }) post: PostSummaryDto;
  @ApiProperty({ type: [ShiftClaimDto] }) claims: ShiftClaimDto[];
}

export class MyShiftDto implements MyShiftView {
  @ApiProperty({ type: ShiftClaimDto }) claim: ShiftClaimDto;
  @ApiProperty({ type: ShiftDto }) shift: ShiftDto;
  @ApiProperty({ type: PostSummaryDto }) post: PostSummaryDto;
}

export class CheckInCodeDto implements CheckInCodeView {
  @ApiProperty() shiftId: string;
  @ApiProperty() token: string;
  @ApiProperty({ example: 'linli://shift-check?shift=…&token=…' }) qrContent: string;
  @ApiProperty({ example: '042917', description: 'Six digits shown under the QR for typing; rotates with the token' }) shortCode: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() rotateSeconds: number;
}

export class ServiceHoursDto implements ServiceHoursView {
  @ApiProperty() communityId: string;
  @ApiProperty() completedShifts: number;
  @ApiProperty() confirmedMinutes: number;
  @ApiProperty() points: number;
}
