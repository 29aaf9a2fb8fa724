import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/public.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { SignedUrlQueryDto } from '../storage/signed-url-query.dto';
import { PhotoUploadQueryDto } from './dto/wish-input.dto';
import { WishPhotoDto } from './dto/wish-view.dto';
import { readUpload } from '../storage/read-upload';
import { sendImage } from '../storage/send-image';
import { WishPhotosService } from './wish-photos.service';

@ApiTags('wishes')
@Controller()
export class WishPhotosController {
  constructor(private readonly photos: WishPhotosService) {}

  @Post('wishes/:id/photos')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Upload a photo (multipart field "file"): story photos by the poster, proof by the claimer; JPEG/PNG/WebP ≤ 5 MB' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: WishPhotoDto })
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: PhotoUploadQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<WishPhotoDto> {
    return this.photos.upload(user.id, id, query.kind, await readUpload(request, { missing: 'WISH_PHOTO_REQUIRED', tooLarge: 'WISH_PHOTO_TOO_LARGE' }));
  }

  @Get('wishes/:id/my-proofs')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My proof photos of a wish I claimed, also those not yet public (the claimer only)' })
  @ApiOkResponse({ type: [WishPhotoDto] })
  myProofs(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<WishPhotoDto[]> {
    return this.photos.myProofs(user.id, id);
  }

  @Post('wish-photos/:photoId/approval')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Make a photo public (secretary of the wish’s community)' })
  @ApiOkResponse({ type: WishPhotoDto })
  approve(@CurrentUser() user: AuthUser, @Param('photoId') photoId: string): Promise<WishPhotoDto> {
    return this.photos.approve(user.id, photoId);
  }

  @Public()
  @Get('wish-photos/:photoId/content')
  @ApiOperation({ summary: 'The image behind a signed URL from a wish view (re-encoded, no metadata, long side ≤ 2048 px)' })
  async content(
    @Param('photoId') photoId: string,
    @Query() query: SignedUrlQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendImage(reply, await this.photos.content(photoId, 'full', query.expires, query.sig));
  }

  @Public()
  @Get('wish-photos/:photoId/thumbnail')
  @ApiOperation({ summary: 'The thumbnail (JPEG, long side ≤ 480 px) behind a signed thumbUrl from a wish view, for walls and cards' })
  async thumbnail(
    @Param('photoId') photoId: string,
    @Query() query: SignedUrlQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendImage(reply, await this.photos.content(photoId, 'thumb', query.expires, query.sig));
  }
}
