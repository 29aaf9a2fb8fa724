import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APPROVER_ROLES, LIMITS, Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ApprovalQueueService } from './approval-queue.service';
import { BulkApprovalDto, BulkApproveDto, QueueCountsDto, QueuePageDto, QueueQueryDto } from './dto/queue.dto';

/** Approving is the community secretary's job; the admin may stand in. */
const APPROVERS = [...APPROVER_ROLES, Role.Admin];

@ApiTags('workbench')
@ApiBearerAuth()
@Controller('communities/:communityId/queue')
export class ApprovalQueueController {
  constructor(private readonly queue: ApprovalQueueService) {}

  @Get()
  @ApiOperation({ summary: 'Everything waiting for the secretary, oldest first across every job (待办)' })
  @RequireRole(APPROVERS, placeParam('communityId'))
  @ApiOkResponse({ type: QueuePageDto })
  page(@Param('communityId') communityId: string, @Query() query: QueueQueryDto): Promise<QueuePageDto> {
    return this.queue.page(communityId, query.kind, query.cursor, query.limit ?? LIMITS.pageSizeDefault);
  }

  @Get('counts')
  @ApiOperation({ summary: 'How many items wait, per kind (the badge)' })
  @RequireRole(APPROVERS, placeParam('communityId'))
  @ApiOkResponse({ type: QueueCountsDto })
  counts(@Param('communityId') communityId: string): Promise<QueueCountsDto> {
    return this.queue.counts(communityId);
  }

  @Post('approvals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve many items as they stand (wishes, registrations, hours); each lands or fails on its own' })
  @RequireRole(APPROVERS, placeParam('communityId'))
  @ApiOkResponse({ type: BulkApprovalDto })
  approve(@CurrentUser() user: AuthUser, @Param('communityId') communityId: string, @Body() body: BulkApproveDto): Promise<BulkApprovalDto> {
    return this.queue.approve(user.id, communityId, body.items);
  }
}
