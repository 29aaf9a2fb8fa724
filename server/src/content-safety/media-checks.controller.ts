import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { MediaCheckDto, MediaCheckPageDto, MediaCheckQueryDto, MediaReviewDto } from './dto/content-safety.dto';
import { MediaCheck } from './media-check.entity';
import { MEDIA_REVIEWERS } from './media-checks.service';
import { MediaReviewService } from './media-review.service';

@ApiTags('content-safety')
@ApiBearerAuth()
@Controller()
export class MediaChecksController {
  constructor(private readonly review: MediaReviewService) {}

  @Get('communities/:communityId/media-checks')
  @ApiOperation({ summary: 'Uploaded images of a community by check state (awaiting a person by default), oldest first (secretary)' })
  @RequireRole(MEDIA_REVIEWERS, placeParam('communityId'))
  @ApiOkResponse({ type: MediaCheckPageDto })
  queue(@Req() request: ScopedRequest, @Query() query: MediaCheckQueryDto): Promise<MediaCheckPageDto> {
    return this.review.queue(request.scopePlace!, query);
  }

  @Post('media-checks/:id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pass an image by hand, or refuse it for good with a reason (secretary); the id is the photo’s' })
  @RequireRole(MEDIA_REVIEWERS, placeOf(MediaCheck, 'communityId', 'MEDIA_CHECK_NOT_FOUND'))
  @ApiOkResponse({ type: MediaCheckDto })
  decide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: MediaReviewDto): Promise<MediaCheckDto> {
    return this.review.review(user.id, id, body);
  }
}
