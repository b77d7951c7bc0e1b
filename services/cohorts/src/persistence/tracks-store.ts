import type { Db } from 'mongodb';
import type { Track } from '../domain/index.ts';

interface TrackDocument extends Omit<Track, 'id'> {
  _id: string;
}

const toTrack = ({ _id, ...rest }: TrackDocument): Track => ({ id: _id, ...rest });

export function tracksStore(db: Db) {
  const tracks = db.collection<TrackDocument>('tracks');
  return {
    async insert(track: Track): Promise<void> {
      const { id, ...rest } = track;
      await tracks.insertOne({ _id: id, ...rest });
    },
    async get(id: string): Promise<Track | undefined> {
      const found = await tracks.findOne({ _id: id });
      return found === null ? undefined : toTrack(found);
    },
  };
}

export type TracksStore = ReturnType<typeof tracksStore>;
