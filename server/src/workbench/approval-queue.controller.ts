import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APPROVER_ROLES, LIMITS, Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ApprovalQueueService } from './approval-queue.service';
import { BulkApprovalDto, BulkApproveDto, QueueCountsDto, QueuePageDto, QueueQueryDto } from './dto/queue.dto';

/** Approving is the community secretary's job; the admin may stand in. */
const APPROVERS = [...APPROVER_ROLES, Role.Admin];
/** Who reads the queue: the approvers, and the grid workers of the community (their grids' wishes to confirm in a resident's place). */
const READERS = [...APPROVERS, Role.GridWorker];

@ApiTags('workbench')
@ApiBearerAuth()
@Controller('communities/:communityId/queue')
export class ApprovalQueueController {
  constructor(private readonly queue: ApprovalQueueService) {}

  @Get()
  @ApiOperation({
    summary:
      "Everything waiting for the secretary, longest waiting first across every job (待办); a grid worker sees their grids' wishes to confirm (待代确认)",
  })
  @RequireRole(READERS, placeParam('communityId'), { orBelow: true })
  @ApiOkResponse({ type: QueuePageDto })
  async page(@Req() request: ScopedRequest, @Query() query: QueueQueryDto): Promise<QueuePageDto> {
    const viewer = await this.queue.viewerOf(request.user.id, request.scopePlace!, request.scopeRoles!);
    return this.queue.page(viewer, query.kind, query.cursor, query.limit ?? LIMITS.pageSizeDefault);
  }

  @Get('counts')
  @ApiOperation({ summary: 'How many items wait, per kind (the badge)' })
  @RequireRole(READERS, placeParam('communityId'), { orBelow: true })
  @ApiOkResponse({ type: QueueCountsDto })
  async counts(@Req() request: ScopedRequest): Promise<QueueCountsDto> {
    return this.queue.counts(await this.queue.viewerOf(request.user.id, request.scopePlace!, request.scopeRoles!));
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
