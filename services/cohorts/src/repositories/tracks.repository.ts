import {
  ensureIndexes,
  findPage,
  updateVersioned,
  type IndexDeclaration,
  type PageQuery,
} from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { Track } from '../domain/index.ts';

interface TrackDocument extends Omit<Track, 'id'> {
  _id: string;
  /** The list's sort key (cursors need a top-level field). */
  code: string;
}

export const TRACK_INDEXES: readonly IndexDeclaration[] = [
  { name: 'code', key: { code: 1, _id: 1 }, serves: 'the list of tracks by code' },
];

const toTrack = ({ _id, code: _code, ...rest }: TrackDocument): Track => ({ id: _id, ...rest });

export function tracksRepository(db: Db) {
  const tracks = db.collection<TrackDocument>('tracks');
  return {
    ensureIndexes: () => ensureIndexes(tracks, TRACK_INDEXES),

    async insert(track: Track): Promise<void> {
      const { id, ...rest } = track;
      await tracks.insertOne({ _id: id, ...rest, code: track.settings.code });
    },

    async get(id: string): Promise<Track | undefined> {
      const found = await tracks.findOne({ _id: id });
      return found === null ? undefined : toTrack(found);
    },

    /** Saves an updated track if nobody changed it since `expectedVersion`. */
    async save(track: Track, expectedVersion: number): Promise<void> {
      const { id, version: _version, ...rest } = track;
      await updateVersioned(
        tracks,
        { _id: id },
        expectedVersion,
        { $set: { ...rest, code: track.settings.code } },
        `track ${id}`,
      );
    },

    async list(page: PageQuery) {
      const found = await findPage(tracks, {}, 'code', page);
      return { items: found.items.map(toTrack), nextCursor: found.nextCursor };
    },
  };
}

export type TracksRepository = ReturnType<typeof tracksRepository>;
