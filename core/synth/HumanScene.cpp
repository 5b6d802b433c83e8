// A patient in a hospital bed under a blanket, seen from above or from the
// side (epilepsy monitoring unit), in colour or infrared night mode.
//
// Behaviour (ordinary time): mostly sleep with slow breathing (0.2-0.3 Hz),
// interrupted by turning (rolls to the other side over 2-4 s), scratching
// (a hand to the face, rubbing), arm repositioning and head movements; a
// caregiver sometimes walks into view and occludes part of the bed. Like the
// rodent, its behaviour clock runs at 1 − arrest.
//
// Seizures: "tonic-clonic": a tonic phase (up to 12 s, 30 %) with arms
// extended, trunk rigid and arched, fine tremor, and head version to one
// side; then clonic jerks of arms, head and trunk whose rate falls from
// 3.5 to 0.8 Hz. "focal clonic": one arm and the face jerk, with head
// version, no tonic phase. Then post-ictal stillness with heavy breathing,
// the head still turned.
//
// Both views project the same body state (roll, head yaw, arm poses).

#include "core/synth/Noise.h"
#include "core/synth/Scene.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace prodrome::core::synth {

namespace {

enum class HumanActivity { Sleep, Turn, Scratch, Reposition, Look };

struct Arm {
  float out = 0;      // 0: under the blanket, 1: on top
  float spread = 0;   // abduction, radians
  float bend = 0.6f;  // elbow flexion 0..1
  float raise = 0;    // towards the face 0..1
};

class HumanScene final : public Scene {
 public:
  HumanScene(const Viewport& vp, SynthRandom random) : vp_(vp), random_(random.fork(1)) {
    SynthRandom look = random.fork(2);
    top_ = look.chance(0.55);
    infrared_ = look.chance(0.35);
    static const std::array<Rgb, 5> skins = {rgb255(240, 205, 180), rgb255(222, 180, 150), rgb255(190, 140, 105),
                                             rgb255(140, 95, 70), rgb255(95, 65, 50)};
    static const std::array<Rgb, 5> hairs = {rgb255(40, 30, 25), rgb255(90, 60, 35), rgb255(170, 130, 80),
                                             rgb255(200, 200, 195), rgb255(20, 18, 18)};
    static const std::array<Rgb, 7> blankets = {rgb255(70, 110, 160),  rgb255(180, 80, 70),   rgb255(90, 140, 100),
                                                rgb255(200, 190, 150), rgb255(140, 110, 160), rgb255(220, 220, 215),
                                                rgb255(60, 70, 90)};
    skin_ = skins[look.below(5)] * static_cast<float>(look.uniform(0.95, 1.05));
    hair_ = hairs[look.below(5)];
    blanket_ = blankets[look.below(7)];
    blanket2_ = mix(blanket_, look.chance(0.5) ? rgb255(245, 245, 240) : blankets[look.below(7)], 0.7f);
    sleeve_ = look.chance(0.5) ? rgb255(150, 180, 200) : rgb255(200, 200, 205);
    sheet_ = mix(rgb255(235, 235, 230), rgb255(200, 215, 225), static_cast<float>(look.uniform()));
    floor_ = mix(rgb255(120, 115, 105), rgb255(170, 165, 150), static_cast<float>(look.uniform()));
    const float s = vp.side();
    angle_ = top_ ? static_cast<float>(look.uniform(-0.2, 0.2)) : 0.f;
    headEnd_ = look.chance(0.5) ? -1.f : 1.f;
    center_ = vp.center() + Vec2{static_cast<float>(look.uniform(-0.03, 0.03)) * s,
                                 static_cast<float>(look.uniform(-0.03, 0.03)) * s};
    bedLength_ = 0.95f * s;
    bedWidth_ = static_cast<float>(look.uniform(0.46, 0.54)) * s;
    seed_ = look.next();
    const auto pattern = static_cast<TextilePattern>(look.below(5));
    const int tw = static_cast<int>(vp.width + 2 * vp.x0) + 2, th = static_cast<int>(vp.height + 2 * vp.y0) + 2;
    pattern_ = textile(tw, th, seed_, pattern, static_cast<float>(look.uniform(0.04, 0.09)) * s,
                       static_cast<float>(look.uniform(0, kPi)));
    folds_ = fractalNoise(tw, th, seed_ + 3, 0.12f * s, 3);
    grain_ = fractalNoise(64, 64, seed_ + 5, 2.f, 2);
    roll_ = static_cast<float>(random_.uniform(-0.6, 0.6));
    rollTarget_ = roll_;
    arms_[0].out = random_.chance(0.6) ? 1.f : 0.f;
    arms_[1].out = random_.chance(0.4) ? 1.f : 0.f;
    nextOccluder_ = static_cast<float>(random_.uniform(20, 240));
    pick();
  }

  std::string cameraName() const override { return top_ ? "top" : "side"; }
  bool infrared() const override { return infrared_; }

  void drawBackground(Canvas& c) const override {
    const float s = vp_.side();
    Paint floor = Paint::solid(floor_);
    floor.grain = &grain_;
    floor.grainAmount = 0.3f;
    c.reset(c.width(), c.height(), floor_);
    fill(c, RoundedRect{{c.width() / 2.f, c.height() / 2.f}, c.width() / 2.f, c.height() / 2.f, 0}, floor);
    if (top_) {
      fill(c,
           RoundedRect{center_ + Vec2{0.03f * s, 0.04f * s}, bedWidth_ * 0.55f, bedLength_ * 0.52f, 0.04f * s, angle_},
           Paint::solid({0, 0, 0}), 0.35f, 5.f);
      fill(c, RoundedRect{center_, bedWidth_ * 0.54f, bedLength_ * 0.51f, 0.03f * s, angle_},
           Paint::solid(rgb255(150, 150, 155), 0.3f));  // frame and rails
      fill(c, RoundedRect{center_, bedWidth_ * 0.5f, bedLength_ * 0.49f, 0.04f * s, angle_},
           Paint::solid(sheet_, 0.25f));
      fill(c, RoundedRect{bedPoint(-0.8f, 0), bedWidth_ * 0.36f, bedLength_ * 0.09f, 0.04f * s, angle_},
           Paint::solid(sheet_ * 1.03f, 0.5f));  // pillow
    } else {
      // Side: wall above, bed on its frame, the mattress edge and a pillow.
      Paint wall;
      wall.color = mix(floor_, rgb255(230, 225, 215), 0.6f);
      wall.color2 = wall.color * 0.8f;
      wall.gradient = true;
      wall.gradientFrom = {0, 0};
      wall.gradientTo = {0, mattressY()};
      fill(c, RoundedRect{{c.width() / 2.f, mattressY() / 2.f}, c.width() / 2.f, mattressY() / 2.f + 0.1f * s, 0},
           wall);
      fill(c, RoundedRect{{center_.x, mattressY() + 0.07f * s}, bedLength_ * 0.5f, 0.07f * s, 0.02f * s},
           Paint::solid(sheet_ * 0.9f, 0.4f));
      fill(c, RoundedRect{{center_.x, mattressY() + 0.2f * s}, bedLength_ * 0.48f, 0.06f * s, 0.01f * s},
           Paint::solid(rgb255(120, 120, 128), 0.4f));
      for (float sx : {-0.45f, 0.45f}) {
        fill(c,
             Capsule{{center_.x + sx * bedLength_, mattressY() + 0.2f * s},
                     {center_.x + sx * bedLength_, mattressY() + 0.36f * s},
                     0.012f * s,
                     0.012f * s},
             Paint::solid(rgb255(90, 90, 95)));
      }
      fill(c, Ellipse{{center_.x + headEnd_ * 0.38f * bedLength_, mattressY() - 0.035f * s}, 0.13f * s, 0.05f * s},
           Paint::solid(sheet_ * 1.02f, 0.5f));
    }
  }

  void advance(const Moment& m, double dt) override {
    breath_ += static_cast<float>(dt * 2 * kPi * breathRate_);
    kick_ = twitchKick(m, 1.0 / dt);
    kickDir_ = m.twitch.direction;
    kickPart_ = m.twitch.part;
    occlude(dt);
    if (m.phase == Phase::Ictal) {
      ictal(m, dt);
      return;
    }
    tonic_ = approach(tonic_, 0, 3, dt);
    jerk_ = 0;
    if (m.phase == Phase::Postictal) {
      breathRate_ = approach(breathRate_, 0.45f, 0.3f, dt);
      breathDepth_ = approach(breathDepth_, 2.2f, 0.5f, dt);
      for (Arm& a : arms_) {
        a.spread = approach(a.spread, 0.2f, 1, dt);
        a.bend = approach(a.bend, 0.2f, 1, dt);
        a.raise = approach(a.raise, 0, 1, dt);
      }
      postictal_ = true;
      return;
    }
    if (postictal_) {
      postictal_ = false;
      activity_ = HumanActivity::Sleep;
      timer_ = static_cast<float>(random_.uniform(10, 30));
    }
    breathRate_ = approach(breathRate_, activity_ == HumanActivity::Sleep ? 0.25f : 0.32f, 0.3f, dt);
    breathDepth_ = approach(breathDepth_, 1.f, 0.3f, dt);
    behave(dt * (1.0 - m.arrest));
  }

  void drawForeground(Canvas& c) const override {
    if (top_) {
      drawTop(c);
    } else {
      drawSide(c);
    }
    drawOccluder(c);
  }

 private:
  // --- behaviour ---------------------------------------------------------

  void pick() {
    const double u = random_.uniform();
    if (u < 0.5) {
      activity_ = HumanActivity::Sleep;
      timer_ = static_cast<float>(random_.uniform(10, 40));
    } else if (u < 0.65) {
      activity_ = HumanActivity::Turn;
      timer_ = static_cast<float>(random_.uniform(2, 4));
      rollTarget_ =
          roll_ > 0 ? static_cast<float>(random_.uniform(-0.9, 0)) : static_cast<float>(random_.uniform(0, 0.9));
    } else if (u < 0.78) {
      activity_ = HumanActivity::Scratch;
      timer_ = static_cast<float>(random_.uniform(2, 6));
      scratchArm_ = random_.below(2);
    } else if (u < 0.9) {
      activity_ = HumanActivity::Reposition;
      timer_ = static_cast<float>(random_.uniform(1.5, 3));
      const int a = random_.below(2);
      arms_[a].out = arms_[a].out > 0.5f ? 0.f : 1.f;
      armTarget_[a] = static_cast<float>(random_.uniform(0.1, 0.7));
    } else {
      activity_ = HumanActivity::Look;
      timer_ = static_cast<float>(random_.uniform(2, 6));
      yawTarget_ = static_cast<float>(random_.uniform(-0.8, 0.8));
    }
  }

  void behave(double dt) {
    clock_ += static_cast<float>(dt);
    timer_ -= static_cast<float>(dt);
    if (timer_ <= 0) pick();
    const bool turning = activity_ == HumanActivity::Turn;
    roll_ = approach(roll_, rollTarget_, turning ? 1.5f : 0.f, dt);
    knees_ = approach(knees_, turning ? 0.6f : 0.15f + 0.2f * std::abs(roll_), 1, dt);
    for (int i = 0; i < 2; ++i) {
      Arm& a = arms_[i];
      const bool scratching = activity_ == HumanActivity::Scratch && scratchArm_ == i;
      a.raise = approach(a.raise, scratching ? 1.f : 0.f, 3, dt);
      a.spread = approach(a.spread, armTarget_[i], 2, dt);
      a.bend = approach(a.bend, scratching ? 0.9f + 0.1f * std::sin(clock_ * 2 * kPi * 3.f) : 0.5f, 4, dt);
      if (scratching) a.out = 1;
    }
    scratch_ = activity_ == HumanActivity::Scratch ? std::sin(clock_ * 2 * kPi * 3.f) : 0.f;
    headYaw_ = approach(headYaw_, activity_ == HumanActivity::Look ? yawTarget_ : 0.5f * roll_, 2, dt);
  }

  void ictal(const Moment& m, double dt) {
    const bool generalised = m.seizure->stage >= 2;
    const float t = static_cast<float>(m.phaseSeconds);
    const float duration = static_cast<float>(m.phaseSeconds / std::max(m.progress, 1e-3));
    const float tonicEnd = generalised ? std::min(12.f, 0.3f * duration) : 0.f;
    const float side = (m.seizure->onset % 2) ? 1.f : -1.f;  // direction of head version
    headYaw_ = approach(headYaw_, side * 1.f, 3, dt);
    breathRate_ = approach(breathRate_, 0.6f, 1, dt);
    if (t < tonicEnd) {
      tonic_ = approach(tonic_, 1, 5, dt);
      tremor_ = 0.15f * std::sin(t * 2 * kPi * 8.f);
      jerk_ = 0;
      roll_ = approach(roll_, 0, 1, dt);
      for (Arm& a : arms_) {
        a.out = 1;
        a.spread = approach(a.spread, 0.9f, 4, dt);
        a.bend = approach(a.bend, 0, 4, dt);
        a.raise = approach(a.raise, 0.3f, 4, dt);
      }
      return;
    }
    tonic_ = approach(tonic_, 0, 2, dt);
    tremor_ = 0;
    // Clonic: a pulse train whose rate falls from 3.5 to 0.8 Hz.
    const float p = std::clamp((t - tonicEnd) / std::max(duration - tonicEnd, 1.f), 0.f, 1.f);
    clonicPhase_ += static_cast<float>(dt) * (3.5f - 2.7f * p);
    const float frac = clonicPhase_ - std::floor(clonicPhase_);
    jerk_ = (1.f - 0.4f * p) * std::exp(-frac / 0.18f);
    for (int i = 0; i < 2; ++i) {
      Arm& a = arms_[i];
      const bool active = generalised || i == 0;
      if (active) a.out = 1;
      a.spread = approach(a.spread, active ? 0.6f : a.spread, 3, dt);
      a.bend = active ? 0.3f + 0.6f * jerk_ : a.bend;
      a.raise = approach(a.raise, active ? 0.4f : 0.f, 3, dt);
    }
  }

  void occlude(double dt) {
    // A caregiver walks in from one side, stands by the bed, walks out.
    nextOccluder_ -= static_cast<float>(dt);
    if (nextOccluder_ <= 0 && occluder_ <= 0) {
      occluder_ = static_cast<float>(random_.uniform(6, 16));
      occluderTotal_ = occluder_;
      occluderSide_ = random_.chance(0.5) ? 1.f : -1.f;
      nextOccluder_ = static_cast<float>(random_.uniform(120, 400));
    }
    if (occluder_ > 0) occluder_ -= static_cast<float>(dt);
  }

  // --- drawing -------------------------------------------------------------

  // Bed coordinates: along in [-1, 1] from the head end to the foot end,
  // across in [-1, 1] over the mattress width.
  Vec2 bedPoint(float along, float across) const {
    const Vec2 local{across * bedWidth_ * 0.5f, along * bedLength_ * 0.5f};
    return center_ + rotate(local, angle_);
  }
  Vec2 bedDir() const { return rotate(Vec2{0, 1}, angle_); }
  float mattressY() const { return center_.y + 0.08f * vp_.side(); }

  float breathing() const { return 0.035f * breathDepth_ * std::sin(breath_); }

  void drawTop(Canvas& c) const {
    const float s = vp_.side();
    const Vec2 down = bedDir(), right{-down.y, down.x};
    const float bodyKick = kickPart_ == 0 ? kick_ : 0.4f * kick_;
    const Vec2 shake = polar(0.035f * s * (bodyKick + 0.6f * jerk_) + 0.004f * s * tremor_, kickDir_ + jerk_ * 2.f);
    const float shift = 0.18f * roll_;  // the body slides towards the side it lies on
    // Head on the pillow: skin, hair on the back of the head, turned by yaw.
    const float headKick = kickPart_ == 1 ? kick_ : 0.f;
    const float yaw =
        std::clamp(headYaw_ + 0.7f * headKick + 0.3f * jerk_ * (kickPart_ == 1 ? 1.f : 0.5f), -1.3f, 1.3f);
    const Vec2 head = bedPoint(-0.74f + 0.02f * tonic_, shift * 0.5f) + shake * 0.5f;
    const float hr = 0.085f * s;
    fill(c, Ellipse{head + Vec2{0.01f * s, 0.015f * s}, hr * 1.1f, hr * 1.2f, angle_}, Paint::solid({0, 0, 0}), 0.25f,
         3.f);
    fill(c, Ellipse{head, hr * 0.95f, hr * 1.15f, angle_}, Paint::solid(skin_, 0.5f));
    const Vec2 face = head + right * (0.45f * hr * std::sin(yaw));
    fill(c,
         Ellipse{head - right * (0.55f * hr * std::sin(yaw)) - down * (0.5f * hr),
                 hr * (0.85f - 0.3f * std::abs(std::sin(yaw))), hr * 0.65f, angle_},
         Paint::solid(hair_, 0.4f));
    for (float e : {-1.f, 1.f}) {  // closed eyes and nose
      fill(c,
           Ellipse{face + right * (e * 0.3f * hr * std::cos(yaw)) + down * (0.1f * hr), 0.14f * hr, 0.05f * hr, angle_},
           Paint::solid(skin_ * 0.55f));
    }
    fill(c, Ellipse{face + down * (0.4f * hr), 0.12f * hr, 0.18f * hr, angle_}, Paint::solid(skin_ * 0.8f, 0.3f));
    // Blanket from the shoulders to the foot end, hanging over the sides.
    const float breathe = breathing();
    const Vec2 bshift = right * (shift * bedWidth_ * 0.15f) + shake;
    std::vector<Vec2> cover;
    for (int i = 0; i <= 10; ++i) {
      const float along = -0.5f + 1.48f * i / 10.f;
      cover.push_back(bedPoint(along, -1.08f - 0.03f * std::sin(i * 1.7f)) + bshift * (0.5f + 0.05f * i));
    }
    for (int i = 10; i >= 0; --i) {
      const float along = -0.5f + 1.48f * i / 10.f;
      cover.push_back(bedPoint(along, 1.08f + 0.03f * std::sin(i * 2.3f)) + bshift * (0.5f + 0.05f * i));
    }
    Paint blanket;
    blanket.color = blanket_;
    blanket.color2 = blanket2_;
    blanket.pattern = &pattern_;
    blanket.patternOffset = bshift * -1.f;
    blanket.grain = &folds_;
    blanket.grainAmount = 0.5f;
    fill(c, Polygon{cover}, blanket);
    // The body beneath: highlights on the raised trunk, hips and legs, shadow
    // in the folds beside them. Breathing lifts the chest.
    const float lie = 1.f - 0.35f * std::abs(roll_);
    const Vec2 chest = bedPoint(-0.3f, shift) + shake;
    fill(c,
         Ellipse{chest, bedWidth_ * 0.3f * lie * (1 + breathe + 0.1f * tonic_),
                 0.16f * bedLength_ * (1 + 0.5f * breathe), angle_},
         Paint::solid({1, 1, 1}), 0.16f + 0.4f * breathe + 0.05f * tonic_, 0.08f * s);
    fill(c,
         Ellipse{bedPoint(0.1f, shift * 1.2f) + shake * 0.7f, bedWidth_ * 0.3f * (lie + 0.2f * std::abs(roll_)),
                 0.12f * bedLength_, angle_},
         Paint::solid({1, 1, 1}), 0.12f, 0.07f * s);
    const float legKick = kickPart_ == 3 ? kick_ : 0.f;
    for (float l : {-1.f, 1.f}) {
      const Vec2 knee = bedPoint(0.45f - 0.1f * knees_, shift * 1.4f + l * 0.16f * lie + 0.25f * knees_ * roll_) +
                        shake * (0.7f + legKick);
      const Vec2 foot = bedPoint(0.88f, shift + l * 0.18f) + shake * 0.4f;
      fill(c, Capsule{bedPoint(0.15f, shift + l * 0.15f), knee, 0.08f * s, 0.06f * s}, Paint::solid({1, 1, 1}),
           0.1f + 0.1f * knees_, 0.05f * s);
      fill(c, Capsule{knee, foot, 0.06f * s, 0.05f * s}, Paint::solid({1, 1, 1}), 0.1f, 0.05f * s);
      fill(c, Capsule{bedPoint(0.2f, shift + l * 0.5f), bedPoint(0.85f, shift + l * 0.45f), 0.02f * s, 0.02f * s},
           Paint::solid({0, 0, 0}), 0.12f, 0.04f * s);
    }
    // Arms: on the blanket they are drawn (sleeve, hand); beneath it a bulge.
    for (int i = 0; i < 2; ++i) {
      const Arm& a = arms_[i];
      const float sgn = i == 0 ? -1.f : 1.f;
      const float armKick = kickPart_ == 2 && ((i == 0) == (kickDir_ < kPi)) ? kick_ : 0.f;
      const Vec2 shoulder = bedPoint(-0.52f, shift + sgn * 0.55f * lie) + shake;
      const float reach = 0.28f * s;
      const float spread = a.spread + 0.8f * armKick;
      Vec2 upper = down * std::cos(spread) + right * (sgn * std::sin(spread));
      Vec2 elbow = shoulder + upper * (reach * 0.5f);
      // Raised: the forearm folds back up towards the face.
      const float fold = std::clamp(a.bend + 0.5f * a.raise, 0.f, 1.f);
      Vec2 fore = rotate(upper, -sgn * fold * 2.6f);
      Vec2 hand = elbow + fore * (reach * 0.5f);
      if (a.raise > 0.05f) {
        const Vec2 toFace = face + right * (0.02f * s * scratch_) + down * (0.5f * hr);
        hand = hand + (toFace - hand) * (a.raise * 0.9f);
      }
      if (a.out > 0.5f) {
        fill(c, Capsule{shoulder, elbow, 0.045f * s, 0.04f * s}, Paint::solid(sleeve_, 0.45f));
        fill(c, Capsule{elbow, hand, 0.035f * s, 0.03f * s}, Paint::solid(skin_, 0.45f));
        fill(c, Ellipse{hand, 0.04f * s, 0.03f * s, std::atan2(fore.y, fore.x)}, Paint::solid(skin_, 0.35f));
      } else {
        fill(c, Capsule{shoulder, hand, 0.05f * s, 0.04f * s}, Paint::solid({1, 1, 1}), 0.12f, 0.04f * s);
      }
    }
  }

  void drawSide(Canvas& c) const {
    const float s = vp_.side();
    const float h = headEnd_;  // the head lies at this end (x direction)
    const float top = mattressY();
    const float L = bedLength_;
    const float bodyKick = kickPart_ == 0 ? kick_ : 0.4f * kick_;
    const float shakeY = -0.035f * s * (bodyKick + 0.6f * jerk_) + 0.004f * s * tremor_;
    const auto xAt = [&](float along) { return center_.x + h * (0.38f - along * 0.84f) * L; };  // along 0 head, 1 feet
    // Head on the pillow in profile; yaw towards the camera shows the face.
    const float headKick = kickPart_ == 1 ? kick_ : 0.f;
    const float yaw = std::clamp(headYaw_ + 0.7f * headKick + 0.3f * jerk_, -1.3f, 1.3f);
    const Vec2 head{xAt(0.02f), top - 0.09f * s + shakeY * 0.5f - 0.01f * s * tonic_};
    const float hr = 0.08f * s;
    fill(c, Ellipse{head, hr * 1.15f, hr * 0.95f}, Paint::solid(skin_, 0.5f));
    fill(c, Ellipse{head + Vec2{h * 0.35f * hr, -0.35f * hr * (1 - 0.5f * std::sin(yaw))}, hr * 0.95f, hr * 0.7f},
         Paint::solid(hair_, 0.4f));
    fill(c, Ellipse{head + Vec2{-h * 0.2f * hr, -0.75f * hr * std::cos(yaw * 0.8f)}, 0.18f * hr, 0.22f * hr},
         Paint::solid(skin_ * 0.85f, 0.3f));  // nose, up or turned
    // Blanket profile: chest, hips (higher on the side), knees, feet.
    const float breathe = breathing();
    const float side = std::abs(roll_);
    const auto bump = [](float x, float c0, float w) { return std::exp(-(x - c0) * (x - c0) / (w * w)); };
    std::vector<Vec2> cover;
    const int n = 24;
    for (int i = 0; i <= n; ++i) {
      const float a = 0.14f + 0.86f * i / n;
      const float height =
          s * (0.1f * (1 + 2.5f * breathe + 0.3f * tonic_) * bump(a, 0.3f, 0.12f) +
               (0.1f + 0.06f * side) * bump(a, 0.5f, 0.12f) +
               (0.05f + 0.12f * knees_ + 0.03f * (kickPart_ == 3 ? kick_ : 0.f)) * bump(a, 0.72f, 0.08f) +
               0.06f * bump(a, 0.96f, 0.05f) + 0.02f);
      cover.push_back({xAt(a), top - height + shakeY * (a < 0.6f ? 1.f : 0.4f)});
    }
    cover.push_back({xAt(1.02f), top + 0.1f * s});
    cover.push_back({xAt(0.14f), top + 0.1f * s});
    Paint blanket;
    blanket.color = blanket_;
    blanket.color2 = blanket2_;
    blanket.pattern = &pattern_;
    blanket.patternOffset = {0, -shakeY};
    blanket.grain = &folds_;
    blanket.grainAmount = 0.5f;
    fill(c, Polygon{cover}, blanket);
    // The arm nearer the camera, on top of the blanket.
    for (int i = 0; i < 2; ++i) {
      const Arm& a = arms_[i];
      if (a.out < 0.5f || (i == 1 && a.raise < 0.05f && tonic_ < 0.1f && jerk_ < 0.1f)) continue;
      const float armKick = kickPart_ == 2 ? kick_ : 0.f;
      const Vec2 shoulder{xAt(0.2f), top - 0.1f * s + shakeY};
      const float lift = a.spread * 0.6f + 0.5f * armKick + 0.6f * tonic_ * (i == 0 ? 1.f : 0.7f);
      const Vec2 elbow = shoulder + Vec2{-h * 0.14f * s * std::cos(lift), -0.14f * s * std::sin(lift)};
      Vec2 hand = elbow + Vec2{-h * 0.13f * s * std::cos(lift + a.bend), -0.13f * s * std::sin(lift - a.bend * 0.3f)};
      if (a.raise > 0.05f)
        hand = hand + (head + Vec2{-h * 0.5f * hr + 0.02f * s * scratch_, 0.3f * hr} - hand) * (a.raise * 0.9f);
      fill(c, Capsule{shoulder, elbow, 0.04f * s, 0.035f * s}, Paint::solid(sleeve_ * (i == 1 ? 0.8f : 1.f), 0.45f));
      fill(c, Capsule{elbow, hand, 0.032f * s, 0.028f * s}, Paint::solid(skin_ * (i == 1 ? 0.85f : 1.f), 0.45f));
    }
  }

  void drawOccluder(Canvas& c) const {
    if (occluder_ <= 0) return;
    const float s = vp_.side();
    // Walk in over 2 s, stand, walk out over 2 s.
    const float elapsed = occluderTotal_ - occluder_;
    const float in = std::clamp(std::min(elapsed, occluder_) / 2.f, 0.f, 1.f);
    const float x = vp_.center().x + occluderSide_ * (vp_.width * 0.5f + 0.15f * s - in * 0.38f * s);
    const Rgb scrubs = rgb255(60, 90, 120), hair = rgb255(50, 40, 30);
    if (top_) {
      const float y = vp_.center().y + 0.1f * s;
      fill(c, Ellipse{{x, y}, 0.13f * s, 0.26f * s}, Paint::solid(scrubs, 0.5f));
      fill(c, Ellipse{{x - occluderSide_ * 0.02f * s, y - 0.02f * s}, 0.09f * s, 0.09f * s}, Paint::solid(hair, 0.5f));
    } else {
      const float y = vp_.y0 + vp_.height * 0.55f;
      fill(c, RoundedRect{{x, y}, 0.14f * s, 0.5f * s, 0.1f * s}, Paint::solid(scrubs, 0.5f));
      fill(c, Ellipse{{x, y - 0.55f * s}, 0.08f * s, 0.1f * s}, Paint::solid(skin_ * 0.9f, 0.4f));
    }
  }

  Viewport vp_;
  SynthRandom random_;
  bool top_ = true, infrared_ = false;
  Rgb skin_, hair_, blanket_, blanket2_, sleeve_, sheet_, floor_;
  float angle_ = 0, headEnd_ = 1, bedLength_ = 100, bedWidth_ = 50;
  Vec2 center_;
  std::uint64_t seed_ = 0;
  Texture pattern_, folds_, grain_;
  // Behaviour state.
  HumanActivity activity_ = HumanActivity::Sleep;
  float timer_ = 0, clock_ = 0;
  float roll_ = 0, rollTarget_ = 0, knees_ = 0.2f, headYaw_ = 0, yawTarget_ = 0, scratch_ = 0;
  std::array<Arm, 2> arms_{};
  std::array<float, 2> armTarget_{0.3f, 0.3f};
  int scratchArm_ = 0;
  float breath_ = 0, breathRate_ = 0.25f, breathDepth_ = 1;
  float tonic_ = 0, tremor_ = 0, jerk_ = 0, clonicPhase_ = 0;
  float kick_ = 0, kickDir_ = 0;
  int kickPart_ = 0;
  bool postictal_ = false;
  float occluder_ = 0, occluderTotal_ = 0, occluderSide_ = 1, nextOccluder_ = 60;
};

}  // namespace

std::unique_ptr<Scene> makeHumanScene(const Viewport& viewport, SynthRandom random) {
  return std::make_unique<HumanScene>(viewport, random);
}

}  // namespace prodrome::core::synth
