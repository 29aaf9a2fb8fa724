import { View } from '@tarojs/components';
import { Toggle } from '@/components/blocks/Toggle';
import type { PlaceRef } from '@/services/api-types';

/** The street or one of its communities, as a row of chips; nothing when there is one place only. */
export function PlacePicker({ options, value, onChange }: { options: PlaceRef[]; value: PlaceRef | null; onChange: (id: string) => void }) {
  if (options.length < 2) return null;
  return (
    <View className="wbk-filters wbk-places">
      {options.map((place) => (
        <Toggle key={place.id} compact label={place.name} on={place.id === value?.id} onClick={() => onChange(place.id)} className="wbk-place" />
      ))}
    </View>
  );
}
