import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, DeliberationPhotoOwner, Role } from '@linli/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { placeOf, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { DomainError } from '../common/errors/domain-error';
import { readUpload } from '../storage/read-upload';
import { sendImage } from '../storage/send-image';
import { SignedUrlQueryDto } from '../storage/signed-url-query.dto';
import { DeliberationPhotosService } from './deliberation-photos.service';
import { DecisionUpdate } from './decision-update.entity';
import { DeliberationPhotoDto } from './dto/deliberation-view.dto';
import { Topic } from './topic.entity';
import { DecisionsService } from './decisions.service';
import { TopicsService } from './topics.service';

const UPLOAD_ERRORS = { missing: 'DELIBERATION_PHOTO_REQUIRED', tooLarge: 'DELIBERATION_PHOTO_TOO_LARGE' } as const;
const PHOTO_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } };

@ApiTags('deliberation')
@Controller()
export class DeliberationPhotosController {
  constructor(
    private readonly photos: DeliberationPhotosService,
    private readonly topics: TopicsService,
    private readonly decisions: DecisionsService,
  ) {}

  @Post('topics/:id/photos')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Add a photo to a topic (multipart "file"; the proposer before review, the secretary while it is open; JPEG/PNG/WebP ≤ 5 MB, up to 6)',
  })
  @RequireRole(ALL_ROLES, placeOf(Topic, 'communityId', 'TOPIC_NOT_FOUND'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(PHOTO_BODY)
  @ApiCreatedResponse({ type: DeliberationPhotoDto })
  async addToTopic(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() request: FastifyRequest): Promise<DeliberationPhotoDto> {
    const topic = await this.topics.detail(user.id, id); // a topic the caller may not see reads as missing
    if (!topic.canAddPhotos) throw new DomainError('DELIBERATION_PHOTO_NOT_ALLOWED');
    return this.photos.add(user.id, { type: DeliberationPhotoOwner.Topic, id, communityId: topic.community.id }, await readUpload(request, UPLOAD_ERRORS));
  }

  @Post('decision-updates/:id/photos')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a photo to a progress update (secretary; up to 6)' })
  @RequireRole([Role.Secretary], placeOf(DecisionUpdate, 'communityId', 'PROGRESS_NOT_FOUND'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(PHOTO_BODY)
  @ApiCreatedResponse({ type: DeliberationPhotoDto })
  async addToProgress(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() request: FastifyRequest): Promise<DeliberationPhotoDto> {
    const update = await this.decisions.requireProgress(id);
    return this.photos.add(user.id, { type: DeliberationPhotoOwner.Progress, id, communityId: update.communityId }, await readUpload(request, UPLOAD_ERRORS));
  }

  @Public()
  @Get('deliberation-photos/:photoId/content')
  @ApiOperation({ summary: 'The image behind a signed URL from a topic or decision view (re-encoded, no metadata, long side ≤ 2048 px)' })
  async content(
    @Param('photoId') photoId: string,
    @Query() query: SignedUrlQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendImage(reply, await this.photos.content(photoId, 'full', query.expires, query.sig));
  }

  @Public()
  @Get('deliberation-photos/:photoId/thumbnail')
  @ApiOperation({ summary: 'The thumbnail (JPEG, long side ≤ 480 px) behind a signed thumbUrl from a topic or decision view' })
  async thumbnail(
    @Param('photoId') photoId: string,
    @Query() query: SignedUrlQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendImage(reply, await this.photos.content(photoId, 'thumb', query.expires, query.sig));
  }
}
