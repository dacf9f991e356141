import { OBSTACLES, OBSTACLE_IDS, type ObstacleId } from '../rules/obstacles';
import { Dialog } from '../ui/Dialog';
import { useObstacles } from '../journey/useObstacles';

/** "What is holding you back?": a group ticks what it faces and sees what to do about each. */
export default function ObstaclesPanel({ onClose }: { onClose(): void }) {
  const [ticked, setTicked] = useObstacles();
  const toggle = (id: ObstacleId, on: boolean) => setTicked(on ? [...ticked, id] : ticked.filter((other) => other !== id));
  return (
    <Dialog title="What is holding you back?" onClose={onClose}>
      <p className="body">
        Tick what your group is up against. Each one you tick gets a practical response, here and on your result. They
        never change the route itself.
      </p>
      <div className="form-group">
        <fieldset className="fieldset" aria-describedby="obstacles-hint">
          <legend className="fieldset__legend heading-m">Obstacles your group faces</legend>
          <p className="hint" id="obstacles-hint">
            Select all that apply.
          </p>
          <div className="checkboxes">
            {OBSTACLE_IDS.map((id) => {
              const obstacle = OBSTACLES[id];
              const checked = ticked.includes(id);
              return (
                <div className="checkboxes__item" key={id}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={`obstacle-${id}`}
                    name="obstacles"
                    value={id}
                    checked={checked}
                    onChange={(event) => toggle(id, event.target.checked)}
                  />
                  <label className="checkboxes__label" htmlFor={`obstacle-${id}`}>
                    {obstacle.title}
                  </label>
                  {checked && (
                    <p className="checkboxes__response" data-obstacle-response={id}>
                      {obstacle.response}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
